/// The words dates are written with, in English, German, French, Spanish, Italian,
/// Portuguese, Dutch, Polish, Russian and Ukrainian (plus Czech months, which cost nothing).
///
/// One table serves every language: no month word means different months in two of them.
enum DateVocabulary {
    /// Month words, lowercased, without a trailing dot: full names, genitive forms
    /// (Polish, Russian, Ukrainian, Czech) and the usual abbreviations.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (month, words) in monthWords.enumerated() {
            for word in words { table[word] = month + 1 }
        }
        return table
    }()

    private static let monthWords: [[String]] = [
        // January
        ["january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
         "janeiro", "januari", "styczeń", "stycznia", "sty", "январь", "января", "янв", "січень", "січня", "січ",
         "leden", "ledna"],
        // February
        ["february", "feb", "februar", "février", "fevrier", "févr", "fevr", "fév", "febrero", "febbraio",
         "fevereiro", "fev", "februari", "luty", "lutego", "lut", "февраль", "февраля", "фев", "февр",
         "лютий", "лютого", "лют", "únor", "února"],
        // March
        ["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "marzec",
         "marca", "март", "марта", "мар", "березень", "березня", "бер", "březen", "března"],
        // April
        ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "kwi",
         "апрель", "апреля", "апр", "квітень", "квітня", "квіт", "duben", "dubna"],
        // May
        ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "май", "мая", "травень",
         "травня", "трав", "květen", "května"],
        // June
        ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze",
         "июнь", "июня", "июн", "червень", "червня", "черв", "červen", "června"],
        // July
        ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca",
         "lip", "июль", "июля", "июл", "липень", "липня", "лип", "červenec", "července"],
        // August
        ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "sie",
         "август", "августа", "авг", "серпень", "серпня", "серп", "srpen", "srpna"],
        // September
        ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "sett",
         "setembro", "wrzesień", "września", "wrz", "сентябрь", "сентября", "сен", "сент", "вересень",
         "вересня", "вер", "září"],
        // October
        ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
         "październik", "października", "paź", "октябрь", "октября", "окт", "жовтень", "жовтня", "жовт",
         "říjen", "října"],
        // November
        ["november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis", "ноябрь",
         "ноября", "ноя", "нояб", "листопад", "листопада", "лист", "listopadu"],
        // December
        ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
         "dicembre", "dezembro", "grudzień", "grudnia", "gru", "декабрь", "декабря", "дек", "грудень",
         "грудня", "груд", "prosinec", "prosince"],
    ]

    /// Weekday names, lowercased, in the same languages ("feira" for Portuguese "segunda-feira").
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "segunda", "terça", "quarta", "quinta", "sexta", "feira",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя",
    ]

    /// Words allowed between a date's parts: "23 de noviembre de 2019", "the 23rd of November",
    /// "23 ноября 2019 г.".
    static let fillers: Set<String> = ["de", "del", "of", "the", "do", "da", "di", "г", "р", "roku", "r", "року", "года"]

    /// Words between a date and its time: "at", "um", "à", "a las", "alle", "às", "om", "o", "в".
    static let timeConnectors: Set<String> = [
        "at", "um", "à", "a", "las", "la", "alle", "ore", "às", "om", "o", "godz", "в", "во", "о", "об", "uhr",
    ]

    /// Words after a time that mark it as 12-hour clock.
    static let meridiemAfternoon: Set<String> = ["pm", "p.m"]
    static let meridiemMorning: Set<String> = ["am", "a.m"]

    /// Zone abbreviations with one meaning in practice, minutes east of UTC. Ambiguous ones
    /// (IST, CST in Asia) are left out: no zone beats a wrong one.
    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 60, "bst": 60, "cet": 60, "mez": 60,
        "cest": 120, "mesz": 120, "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240,
        "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540,
        "akdt": -480, "hst": -600, "aest": 600, "aedt": 660,
    ]

    /// Words before a date saying it is a later update, not the first publication.
    static let updateWords: Set<String> = [
        "updated", "update", "modified", "revised", "edited", "aktualisiert", "aktualisierung",
        "geändert", "stand", "actualisé", "actualise", "modifié", "mis", "actualizado", "actualización",
        "modificado", "aggiornato", "aggiornamento", "modificato", "atualizado", "atualização",
        "bijgewerkt", "gewijzigd", "laatst", "zaktualizowano", "aktualizacja", "zmieniono",
        "обновлено", "обновлён", "изменено", "оновлено", "змінено", "last",
    ]

    /// Words before a date saying it is the publication: used to prefer one date among several.
    static let publishWords: Set<String> = [
        "published", "posted", "publication", "veröffentlicht", "erschienen", "publiziert", "publié",
        "publie", "publicado", "publicación", "pubblicato", "pubblicazione", "gepubliceerd",
        "geplaatst", "opublikowano", "publikacja", "опубликовано", "опубликован", "опубліковано",
        "публикация", "публікація", "date", "datum", "fecha", "data", "дата",
    ]
}

extension DateVocabulary {
    /// Letters that may follow a day number: "23rd", "1er", "1º", "1.º".
    static let ordinalSuffixes: Set<String> = ["", "st", "nd", "rd", "th", "er", "re", "e", "º", "ª", "o", "a", "t", "го", "е"]

    /// Letters that may follow a year number: ISO's "T", Russian "г", Polish "r".
    static let yearSuffixes: Set<String> = ["", "t", "г", "r", "р", "року"]
}
