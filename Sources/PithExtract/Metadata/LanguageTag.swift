/// Normalizes what pages write for a language into a BCP 47 tag: `en`, `pt-BR`, `zh-Hant`,
/// `sr-Latn-RS`. Case is fixed, `_` becomes `-`, and anything that is not a language tag
/// ("english", "{{lang}}", "x-default") gives nil.
enum LanguageTag {
    static func normalized(_ raw: String) -> String? {
        // "en-US, en" (content-language may list several): the first is the page's.
        let first = raw.split(whereSeparator: { $0 == "," || $0 == ";" }).first.map(String.init) ?? ""
        let subtags = first.trimmingSpaces.replacingUnderscores.split(separator: "-").map(String.init)
        guard let language = subtags.first, (2...3).contains(language.count), language.allSatisfy(isASCIILetter),
              !["xx", "zz"].contains(language.lowercased()) else { return nil }
        var parts = [language.lowercased()]
        for subtag in subtags.dropFirst() {
            if subtag.count == 4, subtag.allSatisfy(isASCIILetter), parts.count == 1 {
                parts.append(subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased())
            } else if subtag.count == 2, subtag.allSatisfy(isASCIILetter) {
                parts.append(subtag.uppercased())
                break
            } else if subtag.count == 3, subtag.allSatisfy(\.isNumber) {
                parts.append(subtag)
                break
            } else {
                break
            }
        }
        return parts.joined(separator: "-")
    }

    private static func isASCIILetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
