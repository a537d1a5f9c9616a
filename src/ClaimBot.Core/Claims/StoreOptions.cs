using System.ComponentModel.DataAnnotations;

namespace ClaimBot.Core.Claims;

/// <summary>Which claims store to use. Section "Store".</summary>
public sealed class StoreOptions : IValidatableObject
{
    public const string SectionName = "Store";

    /// <summary>"Sqlite" (default, one machine) or "Postgres" (scale-out).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>SQLite database file (Provider=Sqlite).</summary>
    public string Path { get; set; } = "data/claims.db";

    /// <summary>Npgsql connection string (Provider=Postgres).</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(Path))
            {
                yield return new ValidationResult("Store:Path must name the SQLite file when Store:Provider is Sqlite.", [nameof(Path)]);
            }
        }
        else if (string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(ConnectionString))
            {
                yield return new ValidationResult("Store:ConnectionString is required when Store:Provider is Postgres.", [nameof(ConnectionString)]);
            }
        }
        else
        {
            yield return new ValidationResult($"Store:Provider '{Provider}' is not supported; allowed values: Sqlite, Postgres.", [nameof(Provider)]);
        }
    }
}
