/// Normalizes what pages write for a language into a BCP 47 tag: `en`, `pt-BR`, `zh-Hant`,
/// `sr-Latn-RS`. Case is fixed, `_` becomes `-`, and anything that is not a language tag
/// ("english", "{{lang}}", "x-default") gives nil.
enum LanguageTag {
    static func normalized(_ raw: String) -> String? {
        // "en-US, en" (content-language may list several): the first is the page's.
        var subtags: [[UInt8]] = [[]]
        for byte in raw.utf8.drop(while: isASCIISpace) {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || isASCIISpace(byte) { break }
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                subtags.append([])
            } else {
                subtags[subtags.count - 1].append(byte)
            }
        }
        let language = subtags[0].map(asciiLowercase)
        guard (2...3).contains(language.count), language.allSatisfy(isLetter),
              language != Array("xx".utf8), language != Array("zz".utf8) else { return nil }
        var tag = String(decoding: language, as: UTF8.self)
        var hasScript = false
        for subtag in subtags.dropFirst() {
            if subtag.count == 4, subtag.allSatisfy(isLetter), !hasScript {
                // Script: "Hant", "Latn".
                tag += "-" + String(decoding: [subtag[0] & ~0x20] + subtag.dropFirst().map(asciiLowercase), as: UTF8.self)
                hasScript = true
            } else if subtag.count == 2, subtag.allSatisfy(isLetter) {
                tag += "-" + String(decoding: subtag.map { $0 & ~0x20 }, as: UTF8.self)
                break
            } else if subtag.count == 3, subtag.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                tag += "-" + String(decoding: subtag, as: UTF8.self)
                break
            } else {
                break
            }
        }
        return tag
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }
}
