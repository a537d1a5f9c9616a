using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Words of every supported language linked to language-neutral concepts: Princeton WordNet 3.0 synsets, shared by the
/// Open Multilingual Wordnet and Wiktionary-derived wordnets ("same offset, same meaning"), and English headwords reached
/// through FreeDict translations ("en:agreement"). Built by <c>Lexicons/tools/build_concepts.py</c> into
/// <c>Lexicons/concepts/{lang}.tsv.gz</c>; keys are stemmed here with the same Snowball stemmer the text goes through,
/// so inflected text forms meet their lemma. Languages load lazily, on first use.
/// </summary>
public sealed class ConceptLexicon
{
    /// <summary>Danish and Bokmål share most of their written vocabulary: a word one wordnet lacks is looked up in the other.</summary>
    private static readonly FrozenDictionary<string, string[]> Siblings = new Dictionary<string, string[]>
    {
        ["da"] = ["nb"], ["nb"] = ["da"],
    }.ToFrozenDictionary();

    private const double SiblingWeight = 0.7;
    private const double TruncatedWeight = 0.8;
    private const int MaxInflectionCut = 2;
    private const int MinTruncatedStem = 3;
    private const double OmwWeight = 0.8;
    private const string PivotPrefix = "en:";
    private const double PivotSenseWeight = 0.8;
    private const int PivotSenses = 2;

    private readonly TextAnalyzer _analyzer;
    private readonly string _folder;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly Dictionary<string, LanguageTable> _languages = new(StringComparer.Ordinal);
    private readonly Lazy<FrozenDictionary<int, int[]>> _opposites;
    private readonly Lazy<FrozenDictionary<int, int[]>> _related;
    private readonly ConceptTableCache? _cache;

    public ConceptLexicon(TextAnalyzer analyzer, IOptions<LexiconOptions> options)
    {
        _analyzer = analyzer;
        _folder = Path.Combine(options.Value.Path, "concepts");
        _cache = options.Value.CachePath switch
        {
            null => new ConceptTableCache(ConceptTableCache.DefaultFolder()),
            "" => null,
            var folder => new ConceptTableCache(folder),
        };
        _opposites = new Lazy<FrozenDictionary<int, int[]>>(() => LoadLinks("antonyms.tsv.gz"));
        _related = new Lazy<FrozenDictionary<int, int[]>>(() => LoadLinks("related.tsv.gz"));
    }

    /// <summary>
    /// Concepts a stemmed word expresses, most central first; English words also carry their own pivot concept. Danish
    /// and Bokmål words also carry what the sibling's wordnet links them to (weaker): the two vocabularies overlap and
    /// each wordnet is small. A stem no table knows is tried without its last one or two letters, the inflection
    /// Snowball leaves ("dræbt" of "dræbte" is "dræb" of "dræbe").
    /// </summary>
    public IReadOnlyList<ConceptLink> ConceptsOf(string stem, string language)
    {
        var found = Lookup(stem, language);
        for (var cut = 1; found.Count == 0 && cut <= MaxInflectionCut && stem.Length - cut >= MinTruncatedStem; cut++)
        {
            found = Lookup(stem[..^cut], language).Select(l => l with { Weight = l.Weight * TruncatedWeight }).ToList();
        }

        return found;
    }

    /// <summary>
    /// Concepts of a name, looked up as written: a name is no inflected word, so it is not shortened ("Farc" is no
    /// "far") and a place name keeps its own synset ("Cartagena") without its hypernyms ("city").
    /// </summary>
    public IReadOnlyList<ConceptLink> ConceptsOfName(string stem, string language) => Lookup(stem, language);

    private List<ConceptLink> Lookup(string stem, string language)
    {
        var own = Table(language).ConceptsOf(stem).ToList();
        if (!Siblings.TryGetValue(language, out var siblings))
        {
            return own;
        }

        foreach (var sibling in siblings)
        {
            // The sibling's stemmer cuts differently ("omfatte": Danish "omfat", Bokmål "omfatt"), so the sibling is
            // searched by stems with doubled letters collapsed, as written and respelled.
            var table = Table(sibling);
            var found = table.ConceptsOf(stem);
            if (found.Length == 0)
            {
                found = table.LooseConceptsOf(Loose(stem));
            }

            if (found.Length == 0)
            {
                found = table.LooseConceptsOf(Loose(Respell(stem, language)));
            }

            foreach (var link in found)
            {
                if (own.All(l => l.Concept != link.Concept))
                {
                    own.Add(link with { Weight = link.Weight * SiblingWeight });
                }
            }
        }

        return own;
    }

    /// <summary>
    /// Danish writes b, d, g after a vowel where Bokmål writes p, t, k ("våben"/"våpen", "gade"/"gate", "bog"/"bok"):
    /// the systematic spelling difference of the two languages, used only to look a word up in the sibling's wordnet.
    /// </summary>
    public static string Respell(string stem, string language)
    {
        var (from, to) = language == "da" ? ("bdg", "ptk") : ("ptk", "bdg");
        var chars = stem.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            var at = from.IndexOf(chars[i], StringComparison.Ordinal);
            if (at >= 0 && "aeiouyæøå".Contains(chars[i - 1], StringComparison.Ordinal))
            {
                chars[i] = to[at];
            }
        }

        return new string(chars);
    }

    /// <summary>True when the lexicon knows the stem as a word of the language (so a capitalised form is not a name).</summary>
    public bool Knows(string stem, string language) => Lookup(stem, language).Count > 0;

    /// <summary>
    /// Stems of <paramref name="language"/> that express the concept; when its own wordnet has none, the sibling's,
    /// respelled (Bokmål "våpenhvil" for Danish "våbenhvil").
    /// </summary>
    public IReadOnlyList<string> StemsOf(int concept, string language)
    {
        var own = Table(language).StemsOf(concept);
        if (own.Length > 0 || !Siblings.TryGetValue(language, out var siblings))
        {
            return own;
        }

        return siblings.SelectMany(s => Table(s).StemsOf(concept).Select(stem => Respell(stem, s))).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Concepts WordNet marks as opposite ("increase" / "decrease", "wet" / "dry" and its satellites).</summary>
    public IReadOnlyList<int> Opposites(int concept) => _opposites.Value.TryGetValue(concept, out var found) ? found : [];

    /// <summary>Concepts WordNet links by derivation ("invite" / "invitation").</summary>
    public IReadOnlyList<int> Related(int concept) => _related.Value.TryGetValue(concept, out var found) ? found : [];

    /// <summary>
    /// Loads the tables of <paramref name="languages"/> (with English, which every table's pivots lead to, and the
    /// Danish/Bokmål sibling) and the concept links now, as a first lookup would: for <see cref="EngineWarmUp"/>.
    /// </summary>
    public void Preload(IEnumerable<string> languages)
    {
        foreach (var language in languages.Prepend("en").SelectMany(l => Siblings.GetValueOrDefault(l, []).Prepend(l)).Distinct(StringComparer.Ordinal))
        {
            Table(language);
        }

        _ = _related.Value;
        _ = _opposites.Value;
    }

    /// <summary>The concept's id as the data files write it ("02384686-v", "en:invit").</summary>
    public string Describe(int concept)
    {
        lock (_gate)
        {
            return concept >= 0 && concept < _names.Count ? _names[concept] : "?";
        }
    }

    /// <summary>The concept id of a synset offset or pivot as the data files write it, or -1 when no loaded data uses it.</summary>
    public int Find(string name)
    {
        lock (_gate)
        {
            return _ids.GetValueOrDefault(name, -1);
        }
    }

    private LanguageTable Table(string language)
    {
        lock (_gate)
        {
            if (!_languages.TryGetValue(language, out var table))
            {
                table = Load(language);
                _languages[language] = table;
            }

            return table;
        }
    }

    // Called under _gate. The compiled table when the cache has a valid one for these source files, else the text
    // table read and compiled for the next start. English is loaded first, by either path: a pivot's senses come
    // from it, and interning its concepts first gives every concept the same id whichever path ran.
    private LanguageTable Load(string language)
    {
        var path = Path.Combine(_folder, language + ".tsv.gz");
        if (!File.Exists(path))
        {
            return new LanguageTable(new Dictionary<string, ConceptLink[]>(StringComparer.Ordinal), null);
        }

        var englishPath = Path.Combine(_folder, "en.tsv.gz");
        if (language != "en")
        {
            EnglishTable();
        }

        var key = _cache?.KeyOf(language, language == "en" || !File.Exists(englishPath) ? [path] : [path, englishPath]);
        if (key is not null && _cache!.TryRead(language, key) is { } compiled)
        {
            var ids = compiled.Names.Select(Intern).ToArray();
            var loaded = new Dictionary<string, ConceptLink[]>(compiled.Stems.Count, StringComparer.Ordinal);
            foreach (var (stem, links) in compiled.Stems)
            {
                loaded[stem] = Array.ConvertAll(links, l => new ConceptLink(ids[l.Name], l.Weight));
            }

            var stems = compiled.Stems.Select(p => p.Stem).ToArray();
            var byConcept = new Dictionary<int, string[]>(compiled.ByConcept.Count);
            foreach (var (name, indices) in compiled.ByConcept)
            {
                byConcept[ids[name]] = Array.ConvertAll(indices, i => stems[i]);
            }

            return new LanguageTable(loaded, byConcept);
        }

        var (table, firstUse) = Parse(language, path);
        if (key is null)
        {
            return new LanguageTable(table, null);
        }

        var stemIndex = table.Keys.Select((stem, i) => (stem, i)).ToDictionary(p => p.stem, p => p.i, StringComparer.Ordinal);
        var reverse = LanguageTable.StemsByConcept(table);
        _cache!.TryWrite(language, key, new CompiledConceptTable(
            firstUse.Names(_names),
            table.Select(p => (p.Key, Array.ConvertAll(p.Value, l => (firstUse.Local(l.Concept), l.Weight)))).ToList(),
            reverse.Select(p => (firstUse.Local(p.Key), Array.ConvertAll(p.Value, stem => stemIndex[stem]))).ToList()));
        return new LanguageTable(table, reverse);
    }

    // Called under _gate: reads a text table; also returns the concepts in the order the table first used them.
    private (Dictionary<string, ConceptLink[]> Table, FirstUse FirstUse) Parse(string language, string path)
    {
        var byStem = new Dictionary<string, List<ConceptLink>>(StringComparer.Ordinal);
        var firstUse = new FirstUse();
        void Add(List<ConceptLink> links, int concept, double weight) => AddLink(links, firstUse.Use(concept), weight);

        foreach (var line in ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var lemma = line[..tab];
            var stem = _analyzer.Stem(lemma, language);
            if (!byStem.TryGetValue(stem, out var links))
            {
                links = [];
                byStem[stem] = links;
            }

            // "cease-fire" is also written "ceasefire": the joined spelling shares the lemma's links.
            if (lemma.Contains('-', StringComparison.Ordinal))
            {
                byStem.TryAdd(_analyzer.Stem(lemma.Replace("-", "", StringComparison.Ordinal), language), links);
            }

            var names = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pivots = 0;
            for (var rank = 0; rank < names.Length; rank++)
            {
                var isPivot = names[rank].StartsWith(PivotPrefix, StringComparison.Ordinal);
                var english = isPivot ? _analyzer.Stem(names[rank][PivotPrefix.Length..], "en") : null;
                var name = isPivot ? PivotPrefix + english : names[rank];
                // English senses come in WordNet's frequency order; the other wordnets carry no order, FreeDict's
                // first translations are its main ones.
                var weight = language == "en" ? 1.0 / (1 + (0.25 * rank)) : isPivot ? 1.0 / (1 + (0.2 * pivots++)) : OmwWeight;
                Add(links, Intern(name), weight);
                if (english is not null)
                {
                    // A dictionary translation also carries the English word's main senses, so "våbenhvile" →
                    // "truce" meets "ceasefire" through their shared synset, not only through the word "truce".
                    foreach (var sense in EnglishSenses(english))
                    {
                        Add(links, sense.Concept, weight * sense.Weight * PivotSenseWeight);
                    }
                }
            }

            if (language == "en")
            {
                Add(links, Intern(PivotPrefix + stem), 1.0);
            }
        }

        // The stems in the order a frozen dictionary of them enumerates, the order the sibling and expansion lookups
        // have always seen (the compiled table keeps it); the table itself is a plain dictionary, which is built
        // faster and read about as fast.
        var ordered = byStem.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(l => l.Weight).ToArray(), StringComparer.Ordinal);
        var table = new Dictionary<string, ConceptLink[]>(ordered.Count, StringComparer.Ordinal);
        foreach (var (stem, links) in ordered)
        {
            table[stem] = links;
        }

        return (table, firstUse);
    }

    // Called under _gate.
    private LanguageTable EnglishTable()
    {
        if (!_languages.TryGetValue("en", out var english))
        {
            english = Load("en");
            _languages["en"] = english;
        }

        return english;
    }

    // Called under _gate (from Parse): the English word's main senses, without its own pivot.
    private IEnumerable<ConceptLink> EnglishSenses(string englishStem)
    {
        var pivot = PivotPrefix + englishStem;
        return EnglishTable().ConceptsOf(englishStem).Where(l => _names[l.Concept] != pivot).Take(PivotSenses);
    }

    private static void AddLink(List<ConceptLink> links, int concept, double weight)
    {
        var at = links.FindIndex(l => l.Concept == concept);
        if (at < 0)
        {
            links.Add(new ConceptLink(concept, weight));
        }
        else if (links[at].Weight < weight)
        {
            links[at] = new ConceptLink(concept, weight);
        }
    }

    private int Intern(string name)
    {
        if (!_ids.TryGetValue(name, out var id))
        {
            id = _names.Count;
            _ids[name] = id;
            _names.Add(name);
        }

        return id;
    }

    private FrozenDictionary<int, int[]> LoadLinks(string file)
    {
        var path = Path.Combine(_folder, file);
        var map = new Dictionary<int, int[]>();
        if (!File.Exists(path))
        {
            return map.ToFrozenDictionary();
        }

        var name = file.Split('.')[0];
        var key = _cache?.KeyOf(name, [path]);
        lock (_gate)
        {
            if (key is not null && _cache!.TryReadLinks(name, key) is { } compiled)
            {
                var ids = compiled.Names.Select(Intern).ToArray();
                foreach (var (concept, targets) in compiled.Entries)
                {
                    map[ids[concept]] = Array.ConvertAll(targets, t => ids[t]);
                }

                return map.ToFrozenDictionary();
            }

            var firstUse = new FirstUse();
            int Use(string concept) => firstUse.Use(Intern(concept));
            foreach (var line in ReadLines(path))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0)
                {
                    map[Use(line[..tab])] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Use).ToArray();
                }
            }

            if (key is not null)
            {
                _cache!.TryWriteLinks(name, key, new CompiledConceptLinks(
                    firstUse.Names(_names),
                    map.Select(p => (firstUse.Local(p.Key), Array.ConvertAll(p.Value, firstUse.Local))).ToList()));
            }
        }

        return map.ToFrozenDictionary();
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>A stem with runs of one letter written once ("omfatt" → "omfat"), for matching across two languages' stemmers.</summary>
    public static string Loose(string stem)
    {
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // The concepts a table uses, in the order it first used them (the order a compiled table interns them in), and
    // each one's index in that order.
    private sealed class FirstUse
    {
        private readonly Dictionary<int, int> _local = [];
        private readonly List<int> _order = [];

        public int Use(int concept)
        {
            if (_local.TryAdd(concept, _order.Count))
            {
                _order.Add(concept);
            }

            return concept;
        }

        public int Local(int concept) => _local[concept];

        public List<string> Names(List<string> names) => _order.ConvertAll(c => names[c]);
    }

    // byConcept: the stems of each concept, for expansion into another language; when not given (no compiled
    // table is kept), built when first asked for.
    private sealed class LanguageTable(Dictionary<string, ConceptLink[]> byStem, Dictionary<int, string[]>? byConcept)
    {
        private readonly Lazy<Dictionary<string, ConceptLink[]>> _loose = new(() => byStem
            .GroupBy(p => Loose(p.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Value).DistinctBy(l => l.Concept).ToArray(), StringComparer.Ordinal));

        private readonly Lazy<Dictionary<int, string[]>> _byConcept = new(() => byConcept ?? StemsByConcept(byStem));

        public static Dictionary<int, string[]> StemsByConcept(Dictionary<string, ConceptLink[]> byStem) => byStem
            .SelectMany(p => p.Value.Select(l => (l.Concept, Stem: p.Key)))
            .GroupBy(p => p.Concept)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Stem).ToArray());

        public ConceptLink[] ConceptsOf(string stem) => byStem.TryGetValue(stem, out var found) ? found : [];

        public ConceptLink[] LooseConceptsOf(string looseStem) => _loose.Value.TryGetValue(looseStem, out var found) ? found : [];

        public string[] StemsOf(int concept) => _byConcept.Value.TryGetValue(concept, out var found) ? found : [];
    }
}
