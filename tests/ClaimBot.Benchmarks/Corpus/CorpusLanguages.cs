namespace ClaimBot.Benchmarks.Corpus;

/// <summary>The synthetic corpus languages: English and Danish carry most documents, the other supported languages the rest.</summary>
internal static partial class CorpusLanguages
{
    public static readonly CorpusLanguage English = new(
        "en", 0.40,
        Headlines: ["{C} and {C2} agree on {X} talks in {T}", "{O} rejects plan for {X} in {T}", "{P} warns of {X} crisis", "{C} invites {O} to {X} meeting"],
        Statements:
        [
            "{P}, {C}'s {R}, said on {W} that the {O} would {V} by {D}.",
            "{P} told {A} that {C} had already invited the {O} to the talks in {T}.",
            "The {R} of {C}, {P}, said the {X} agreement was signed in {T} on {D}.",
            "According to {A}, the {O} plans to {V} before the end of {Y}.",
            "{P} said {C2} and {C} would hold a new round of {X} talks in {T}.",
            "He added that {N} delegates from {C2} were expected in {T}.",
        ],
        Quotes: ["\"{Q},\" {P} said.", "“{Q},” {P} told {A}.", "\"{Q}, and we are counting on {C},\" the {R} said.", "{P} was quoted as saying: \"{Q}.\""],
        QuotedClauses: ["We have not invited them", "We are opposed to any delay on {X}", "We will {V} as soon as possible", "Nothing is settled yet on {X}"],
        Negations: ["The {O} did not {V} in {Y}, {A} reported.", "{C} has never accepted the {X} plan, {P} said.", "No agreement on {X} was reached in {T} on {W}."],
        Facts: ["About {N} people attended the {X} meeting in {T} on {D}.", "The {O} employs {N} people in {C}.", "Talks on {X} began in {T} in {Y} and lasted {N} days."],
        Roles: ["Foreign Minister", "Prime Minister", "spokesman", "ambassador", "chief negotiator", "Minister of Finance", "chairman", "envoy"],
        Verbs: ["cut emissions", "open the border", "raise taxes", "sign the treaty", "withdraw its troops", "build a new port", "close the mine", "fund the project"],
        Topics: ["climate", "trade", "energy", "ceasefire", "fisheries", "migration", "railway", "health"],
        Weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        Months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        DatePattern: "{m} {d}, {y}",
        AskTemplates: ["What did {P} say about the {O}?", "Who is {P}?", "When was the {X} agreement signed in {T}?", "How many people attended the {X} meeting in {T}?", "Who invited the {O} to the talks?"],
        CheckTemplates: ["{P} said {C} had already invited the {O}.", "The {O} did not {V}.", "Japan hosted the {X} talks in {T}.", "About {N} people attended the {X} meeting in {T}."]);

    public static readonly CorpusLanguage Danish = new(
        "da", 0.30,
        Headlines: ["{C} og {C2} enige om {X}forhandlinger i {T}", "{O} afviser plan om {X} i {T}", "{P} advarer mod {X}krise"],
        Statements:
        [
            "{P} siger, at {O} vil {V} inden {D}.",
            "Ifølge {A} har {C} allerede inviteret {O} til forhandlingerne i {T}.",
            "{C}s {R}, {P}, sagde {W}, at aftalen om {X} blev underskrevet i {T} den {D}.",
            "De siger samtidig, at de vil {V} i {Y}. Det skriver {A}.",
            "{P} oplyser, at {N} delegerede fra {C2} er ventet i {T}.",
            "Forhandlingerne om {X} mellem {C} og {C2} sluttede {W} i {T}.",
        ],
        Quotes: ["- {Q}, sagde {P} til {A}.", "- {Q}, siger {R} {P}.", "{P} kalder mødet i {T} for \"{Q}\".", "“{Q}”, siger {P}."],
        QuotedClauses: ["Vi har ikke inviteret dem", "Intet er klart endnu, men vi er optimistiske", "Vi vil {V} hurtigst muligt", "Vi er imod enhver udsættelse"],
        Negations: ["{O} vil ikke {V}, oplyser {A}.", "{C} har aldrig accepteret planen om {X}, siger {P}.", "Der blev ikke indgået nogen aftale om {X} i {T}."],
        Facts: ["Omkring {N} personer deltog i mødet om {X} i {T} den {D}.", "{O} har {N} ansatte i {C}.", "Drøftelserne om {X} begyndte i {T} i {Y} og varede {N} dage."],
        Roles: ["udenrigsminister", "statsminister", "talsmand", "ambassadør", "chefforhandler", "finansminister", "formand", "udsending"],
        Verbs: ["skære i udledningerne", "åbne grænsen", "hæve skatterne", "underskrive traktaten", "trække tropperne ud", "bygge en ny havn", "lukke minen", "finansiere projektet"],
        Topics: ["klima", "handel", "energi", "våbenhvile", "fiskeri", "migration", "jernbane", "sundhed"],
        Weekdays: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"],
        Months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
        DatePattern: "{d}. {m} {y}",
        AskTemplates: ["Hvad sagde {P} om {O}?", "Hvem er {P}?", "Hvornår blev aftalen om {X} underskrevet?", "Hvor mange deltog i mødet om {X} i {T}?"],
        CheckTemplates: ["{P} sagde, at {C} har inviteret {O}.", "{O} vil ikke {V}.", "Omkring {N} personer deltog i mødet om {X} i {T}."]);

    public static readonly CorpusLanguage Norwegian = new(
        "nb", 0.075,
        Headlines: ["{C} og {C2} enige om {X}samtaler i {T}", "{O} avviser plan om {X}"],
        Statements:
        [
            "{P} sier at {O} vil {V} innen {D}.",
            "Ifølge {A} har {C} allerede invitert {O} til forhandlingene i {T}.",
            "{R} {P} sa {W} at avtalen om {X} ble undertegnet i {T} {D}.",
            "{P} opplyser at {N} delegater fra {C2} er ventet i {T}.",
        ],
        Quotes: ["– {Q}, sa {P} til {A}.", "«{Q}», sier {P}."],
        QuotedClauses: ["Vi har ikke invitert dem", "Ingenting er avgjort ennå", "Vi vil {V} så raskt som mulig"],
        Negations: ["{O} vil ikke {V}, opplyser {A}.", "{C} har aldri godtatt planen om {X}, sier {P}."],
        Facts: ["Rundt {N} personer deltok på møtet om {X} i {T} {D}.", "{O} har {N} ansatte i {C}."],
        Roles: ["utenriksminister", "statsminister", "talsperson", "ambassadør", "forhandlingsleder"],
        Verbs: ["kutte utslippene", "åpne grensen", "øke skattene", "signere avtalen", "bygge en ny havn"],
        Topics: ["klima", "handel", "energi", "våpenhvile", "fiskeri"],
        Weekdays: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"],
        Months: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
        DatePattern: "{d}. {m} {y}",
        AskTemplates: ["Hva sa {P} om {O}?", "Hvem er {P}?"],
        CheckTemplates: ["{O} vil ikke {V}."]);
}
