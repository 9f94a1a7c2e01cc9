/// The words bylines are written with, in the languages Pith reads.
enum BylineVocabulary {
    /// What a byline starts with, lowercased. A trailing colon means the colon is required
    /// ("Text:" is a byline, "Text" is just a word); otherwise a colon may follow or not.
    static let prefixes: [String] = [
        // English
        "written by", "posted by", "words by", "story by", "text by", "reported by", "published by", "by",
        "author:", "authors:", "byline:", "interview:", "interview by",
        // German
        "geschrieben von", "ein beitrag von", "ein kommentar von", "ein artikel von", "ein interview von",
        "ein gastbeitrag von", "eine kolumne von", "ein gastkommentar von", "gastbeitrag von", "kommentar von",
        "kolumne von", "interview von", "verfasst von", "text von", "von", "autor:", "autorin:", "autoren:",
        "text:", "interview:",
        // French
        "écrit par", "rédigé par", "publié par", "propos recueillis par", "par", "auteur :", "auteur:",
        "auteure:", "texte:", "texte :",
        // Spanish, Portuguese
        "escrito por", "publicado por", "por", "autor", "autora", "texto:", "redacción:",
        // Italian
        "scritto da", "a cura di", "testo di", "di", "autore:", "autrice:", "testo:",
        // Dutch
        "geschreven door", "door", "auteur", "tekst:",
        // Polish
        "napisał", "napisała", "autorka:", "autorzy:", "tekst:",
        // Russian, Ukrainian
        "автор материала:", "автор:", "авторы:", "авторка:", "автори:", "автор", "текст:",
    ].sorted { $0.count > $1.count }

    /// Prefixes of bylines that forum and blog software writes before a user name, which may
    /// be a single lowercase word ("Gespeichert von rasos am 24. Juli 2017").
    static let userPrefixes: [String] = [
        "posted by", "submitted by", "published by", "written by", "gespeichert von", "erstellt von",
        "eingestellt von", "geschrieben von", "verfasst von", "veröffentlicht von", "publié par", "posté par",
        "publicado por", "escrito por", "pubblicato da", "scritto da", "geplaatst door", "geschreven door",
        "opublikował", "opublikowała", "napisał", "napisała", "опубликовал", "опубликовала", "опублікував",
    ]

    /// The prefixes as words, longest first, with whether a colon must follow and whether a
    /// user name may follow.
    static let prefixEntries: [(words: [String], needsColon: Bool, allowsUserName: Bool)] = (prefixes.filter { !userPrefixes.contains($0) } + userPrefixes).map { prefix in
        let needsColon = prefix.hasSuffix(":")
        let words = prefix.split(separator: " ").map { String($0).trimmingCharacters(in: [":"]) }.filter { !$0.isEmpty }
        return (words, needsColon, userPrefixes.contains(prefix))
    }.sorted { $0.words.count > $1.words.count }

    /// The first word of each prefix, for a quick check.
    static let prefixFirstWords: Set<String> = Set(prefixEntries.compactMap(\.words.first))

    /// Whether raw text (untrimmed UTF-8) starts with the first word of a byline prefix.
    static func startsWithPrefixWord(_ bytes: [UInt8]) -> Bool {
        guard let start = bytes.firstIndex(where: { !isASCIISpace($0) }) else { return false }
        // Prefix words are letters; a line starting with a digit or a symbol is not a byline.
        let first = bytes[start]
        guard first >= 0x80 || (first | 0x20 >= UInt8(ascii: "a") && first | 0x20 <= UInt8(ascii: "z")) else { return false }
        var end = start
        while end < bytes.count, !isASCIISpace(bytes[end]), bytes[end] != UInt8(ascii: ":"), end - start <= 24 { end += 1 }
        guard end - start <= 24 else { return false }
        let word = bytes[start..<end]
        if word.allSatisfy({ $0 < 0x80 }) {
            return prefixFirstWords.contains(String(decoding: word.map(asciiLowercase), as: UTF8.self))
        }
        return prefixFirstWords.contains(BylineWord.firstCore(String(decoding: word, as: UTF8.self)))
    }

    /// Words joining several authors: "X and Y", "X und Y", "X et Y", "X и Y"...
    static let conjunctions: Set<String> = ["and", "&", "und", "et", "y", "e", "en", "i", "и", "і", "та", "oraz"]

    /// Words that end the names: what follows is an affiliation or more reporting credits.
    static let stopWords: Set<String> = [
        "for", "with", "additional", "für", "pour", "para", "per", "voor", "dla", "для", "in", "aus", "from",
        "at", "via", "published", "updated", "posted", "veröffentlicht", "aktualisiert", "publié", "mis",
        "publicado", "actualizado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt",
        "opublikowano", "опубликовано", "обновлено", "опубліковано", "оновлено", "on", "am", "le", "el",
        "il", "op", "em", "dnia", "в", "|", "updated:", "photo", "photos", "foto", "fotos", "bild", "images",
        "video", "illustration", "grafik", "reading", "read", "min", "minutes", "minuten", "lesezeit", "stand",
        // Buttons and links next to author names.
        "follow", "folgen", "abonnieren", "subscribe", "mehr", "more", "profile", "profil", "contact", "kontakt",
        "email", "e-mail", "twitter", "facebook", "linkedin", "instagram", "alle", "all", "view", "see",
    ]

    /// Job titles and roles that are not part of a name, lowercased.
    static let roles: Set<String> = [
        // English
        "reporter", "correspondent", "editor", "writer", "journalist", "columnist", "contributor", "staff",
        "senior", "chief", "associate", "managing", "deputy", "political", "freelance", "photographer",
        "producer", "analyst", "critic", "special", "bureau", "contributing", "executive", "news", "desk",
        "team", "editors", "editorial", "opinion",
        // German
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin", "journalistin",
        "chefredakteur", "chefredakteurin", "volontär", "volontärin", "mitarbeiter", "mitarbeiterin",
        "redaktion", "unserem", "unserer", "unseren",
        // French
        "rédacteur", "rédactrice", "journaliste", "correspondant", "correspondante", "envoyé", "envoyée",
        "spécial", "spéciale", "chroniqueur", "chroniqueuse", "rédaction", "notre", "nos",
        // Spanish, Portuguese, Italian
        "redactor", "redactora", "periodista", "corresponsal", "enviado", "enviada", "redacción",
        "repórter", "jornalista", "correspondente", "redator", "redatora", "colunista", "redação",
        "giornalista", "corrispondente", "inviato", "inviata", "redattore", "redattrice", "redazione",
        "nostro", "nostra",
        // Dutch, Polish
        "verslaggever", "redacteur", "redactie", "dziennikarz", "dziennikarka", "korespondent",
        "redaktor", "redaktorka", "redakcja",
        // Russian, Ukrainian
        "корреспондент", "журналист", "редактор", "обозреватель", "корр", "редакция", "кореспондент",
        "журналіст", "журналістка", "оглядач", "редакція",
        // Degrees after a name: "Grant Tinsley, PhD".
        "phd", "md", "mba", "msc", "bsc", "rn", "rd", "cpa", "esq",
        // Compounds end with the role: "FOCUS-Online-Experte", "Nahost-Korrespondentin".
        "experte", "expertin",
    ]

    /// Weekday names: a byline line's date often starts with one ("Donnerstag, 4. November").
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "segunda", "terça", "quarta", "quinta", "sexta",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя",
    ]

    /// Lowercase words allowed inside a name: "Ludwig van Beethoven", "Maria de la Cruz".
    static let nameParticles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ten",
        "ter", "zu", "bin", "ibn", "al", "el", "y", "mc", "mac", "st", "af", "av",
    ]

    /// Values that name nobody.
    static let nonNames: Set<String> = [
        "admin", "administrator", "anonymous", "unknown", "guest", "staff", "editor", "editors", "author",
        "redaktion", "the", "none", "null", "n/a", "webmaster", "user", "autor", "auteur", "автор", "no author",
        "unknown author", "follow", "more", "mehr",
    ]
}
