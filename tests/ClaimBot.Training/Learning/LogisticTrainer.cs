using ClaimBot.Core.Judging;

namespace ClaimBot.Training.Learning;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method on standardised features, with the penalty chosen by
/// k-fold cross-validation (folds by item, so one question's candidates never train and test the same fold). The
/// result is written back in raw-feature units, which is what the engine evaluates. Small enough to own: ML.NET's
/// trainers would add a large dependency for a 28-feature linear model.
/// </summary>
public static class LogisticTrainer
{
    private static readonly double[] Penalties = [0.1, 1, 10, 100];

    /// <param name="features">The feature each column of <paramref name="x"/> holds.</param>
    /// <param name="signs">Per column: +1 the weight may not be negative, -1 it may not be positive, 0 free (what the feature means, e.g. a conflict never adds support).</param>
    public static (LogisticModel Model, double Penalty, double CvLogLoss) FitWithCv(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, IReadOnlyList<int> group,
        IReadOnlyList<Feature> features, IReadOnlyList<int>? signs = null, IReadOnlyList<double>? weights = null, int folds = 5)
    {
        var best = (Penalty: 1.0, Loss: double.MaxValue);
        foreach (var penalty in Penalties)
        {
            var loss = 0.0;
            var count = 0.0;
            for (var f = 0; f < folds; f++)
            {
                var train = Enumerable.Range(0, x.Count).Where(i => group[i] % folds != f).ToList();
                var test = Enumerable.Range(0, x.Count).Where(i => group[i] % folds == f).ToList();
                if (train.Count == 0 || test.Count == 0 || train.All(i => y[i]) || train.All(i => !y[i]))
                {
                    continue;
                }

                var model = Fit(train.Select(i => x[i]).ToList(), train.Select(i => y[i]).ToList(), penalty, signs, weights is null ? null : train.Select(i => weights[i]).ToList());
                foreach (var i in test)
                {
                    var p = Math.Clamp(Probability(model, x[i]), 1e-9, 1 - 1e-9);
                    var w = weights?[i] ?? 1;
                    loss -= w * (y[i] ? Math.Log(p) : Math.Log(1 - p));
                    count += w;
                }
            }

            if (count > 0 && loss / count < best.Loss)
            {
                best = (penalty, loss / count);
            }
        }

        return (ToModel(Fit(x, y, best.Penalty, signs, weights), features), best.Penalty, best.Loss);
    }

    public static double Probability((double[] W, double[] Mean, double[] Scale) model, double[] x)
    {
        var z = model.W[^1];
        for (var j = 0; j < x.Length; j++)
        {
            z += model.W[j] * (x[j] - model.Mean[j]) / model.Scale[j];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <param name="weights">Per row: how much it counts (null: each row once).</param>
    public static (double[] W, double[] Mean, double[] Scale) Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double penalty,
        IReadOnlyList<int>? signs = null, IReadOnlyList<double>? weights = null)
    {
        var d = x[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        for (var j = 0; j < d; j++)
        {
            mean[j] = x.Average(r => r[j]);
            var variance = x.Average(r => (r[j] - mean[j]) * (r[j] - mean[j]));
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        var w = new double[d + 1];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            var z = new double[d + 1];
            for (var i = 0; i < x.Count; i++)
            {
                for (var j = 0; j < d; j++)
                {
                    z[j] = (x[i][j] - mean[j]) / scale[j];
                }

                z[d] = 1;
                var s = 0.0;
                for (var j = 0; j <= d; j++)
                {
                    s += w[j] * z[j];
                }

                var p = 1 / (1 + Math.Exp(-s));
                var weight = weights?[i] ?? 1;
                var r = weight * (p - (y[i] ? 1 : 0));
                var h = weight * Math.Max(p * (1 - p), 1e-9);
                for (var j = 0; j <= d; j++)
                {
                    gradient[j] += r * z[j];
                    for (var k = 0; k <= j; k++)
                    {
                        hessian[j, k] += h * z[j] * z[k];
                    }
                }
            }

            for (var j = 0; j < d; j++)
            {
                gradient[j] += penalty * w[j];
                hessian[j, j] += penalty;
            }

            hessian[d, d] += 1e-6;
            for (var j = 0; j <= d; j++)
            {
                for (var k = j + 1; k <= d; k++)
                {
                    hessian[j, k] = hessian[k, j];
                }
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var j = 0; j <= d; j++)
            {
                var before = w[j];
                w[j] -= step[j];
                // Projected Newton: a weight that crosses its allowed sign stops at zero.
                if (j < d && signs is not null && signs[j] * w[j] < 0)
                {
                    w[j] = 0;
                }

                change = Math.Max(change, Math.Abs(w[j] - before));
            }

            if (change < 1e-6)
            {
                break;
            }
        }

        return (w, mean, scale);
    }

    private static LogisticModel ToModel((double[] W, double[] Mean, double[] Scale) fitted, IReadOnlyList<Feature> features)
    {
        var (w, mean, scale) = fitted;
        var weights = new Dictionary<Feature, double>();
        var bias = w[^1];
        for (var j = 0; j < mean.Length; j++)
        {
            var raw = w[j] / scale[j];
            bias -= raw * mean[j];
            if (Math.Abs(raw) > 1e-9)
            {
                weights[features[j]] = raw;
            }
        }

        return new LogisticModel(bias, weights);
    }

    // Gaussian elimination with partial pivoting; the system is (d+1)x(d+1), d < 40.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            var diagonal = Math.Abs(m[col, col]) < 1e-12 ? 1e-12 : m[col, col];
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / diagonal;
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                v[row] -= factor * v[col];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = v[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= m[row, k] * x[k];
            }

            x[row] = sum / (Math.Abs(m[row, row]) < 1e-12 ? 1e-12 : m[row, row]);
        }

        return x;
    }
}
