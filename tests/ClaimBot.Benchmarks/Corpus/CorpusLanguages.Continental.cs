namespace ClaimBot.Benchmarks.Corpus;

internal static partial class CorpusLanguages
{
    public static readonly CorpusLanguage Swedish = new(
        "sv", 0.075,
        Headlines: ["{C} och {C2} överens om {X}samtal i {T}", "{O} avvisar plan om {X}"],
        Statements:
        [
            "{P} säger att {O} ska {V} före {D}.",
            "Enligt {A} har {C} redan bjudit in {O} till förhandlingarna i {T}.",
            "{R} {P} sade i {W}s att avtalet om {X} undertecknades i {T} den {D}.",
            "{P} uppger att {N} delegater från {C2} väntas till {T}.",
        ],
        Quotes: ["– {Q}, sade {P} till {A}.", "”{Q}”, säger {P}."],
        QuotedClauses: ["Vi har inte bjudit in dem", "Ingenting är klart ännu", "Vi kommer att {V} så snart som möjligt"],
        Negations: ["{O} kommer inte att {V}, uppger {A}.", "{C} har aldrig godtagit planen om {X}, säger {P}."],
        Facts: ["Omkring {N} personer deltog i mötet om {X} i {T} den {D}.", "{O} har {N} anställda i {C}."],
        Roles: ["utrikesminister", "statsminister", "talesperson", "ambassadör", "chefsförhandlare"],
        Verbs: ["minska utsläppen", "öppna gränsen", "höja skatterna", "underteckna fördraget", "bygga en ny hamn"],
        Topics: ["klimat", "handel", "energi", "vapenvila", "fiske"],
        Weekdays: ["måndag", "tisdag", "onsdag", "torsdag", "fredag"],
        Months: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
        DatePattern: "{d} {m} {y}",
        AskTemplates: ["Vad sade {P} om {O}?", "Vem är {P}?"],
        CheckTemplates: ["{O} kommer inte att {V}."]);

    public static readonly CorpusLanguage German = new(
        "de", 0.075,
        Headlines: ["{C} und {C2} einigen sich auf Gespräche in {T}", "{O} lehnt Plan für {X} ab"],
        Statements:
        [
            "{P} sagte, dass die {O} bis zum {D} {V} werde.",
            "Nach Angaben von {A} hat {C} die {O} bereits zu den Gesprächen in {T} eingeladen.",
            "Der {R} {P} sagte am {W}, das Abkommen über {X} sei am {D} in {T} unterzeichnet worden.",
            "{P} teilte mit, dass {N} Delegierte aus {C2} in {T} erwartet werden.",
        ],
        Quotes: ["„{Q}“, sagte {P} der Agentur {A}.", "\"{Q}\", erklärte {P}."],
        QuotedClauses: ["Wir haben sie nicht eingeladen", "Noch ist nichts entschieden", "Wir werden so schnell wie möglich handeln"],
        Negations: ["Die {O} wird nicht {V}, berichtete {A}.", "{C} hat den Plan für {X} nie akzeptiert, sagte {P}."],
        Facts: ["Rund {N} Menschen nahmen am {D} an dem Treffen über {X} in {T} teil.", "Die {O} beschäftigt {N} Mitarbeiter in {C}."],
        Roles: ["Außenminister", "Regierungschef", "Sprecher", "Botschafter", "Chefunterhändler"],
        Verbs: ["die Emissionen senken", "die Grenze öffnen", "die Steuern erhöhen", "den Vertrag unterzeichnen", "einen neuen Hafen bauen"],
        Topics: ["Klima", "Handel", "Energie", "Waffenruhe", "Fischerei"],
        Weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        Months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        DatePattern: "{d}. {m} {y}",
        AskTemplates: ["Was sagte {P} über die {O}?", "Wer ist {P}?"],
        CheckTemplates: ["Die {O} wird nicht {V}."]);

    public static readonly CorpusLanguage French = new(
        "fr", 0.075,
        Headlines: ["{C} et {C2} d'accord pour des pourparlers à {T}", "{O} rejette le plan sur {X}"],
        Statements:
        [
            "{P} a déclaré que {O} allait {V} avant le {D}.",
            "Selon {A}, {C} a déjà invité {O} aux négociations de {T}.",
            "Le {R} {P} a indiqué {W} que l'accord sur {X} avait été signé à {T} le {D}.",
            "{P} a précisé que {N} délégués de {C2} étaient attendus à {T}.",
        ],
        Quotes: ["« {Q} », a déclaré {P} à {A}.", "\"{Q}\", a affirmé {P}."],
        QuotedClauses: ["Nous ne les avons pas invités", "Rien n'est encore décidé", "Nous allons agir le plus vite possible"],
        Negations: ["{O} ne va pas {V}, a rapporté {A}.", "{C} n'a jamais accepté le plan sur {X}, a déclaré {P}."],
        Facts: ["Environ {N} personnes ont assisté à la réunion sur {X} à {T} le {D}.", "{O} emploie {N} personnes en {C}."],
        Roles: ["ministre des Affaires étrangères", "Premier ministre", "porte-parole", "ambassadeur", "négociateur en chef"],
        Verbs: ["réduire les émissions", "ouvrir la frontière", "augmenter les impôts", "signer le traité", "construire un nouveau port"],
        Topics: ["climat", "commerce", "énergie", "cessez-le-feu", "pêche"],
        Weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
        Months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        DatePattern: "{d} {m} {y}",
        AskTemplates: ["Qu'a dit {P} à propos de {O} ?", "Qui est {P} ?"],
        CheckTemplates: ["{O} ne va pas {V}."]);

    private static IReadOnlyList<CorpusLanguage>? _all;

    // Lazy: static field initialisers in different files of a partial class run in no guaranteed order.
    public static IReadOnlyList<CorpusLanguage> All => _all ??= [English, Danish, Norwegian, Swedish, German, French];
}
