/// Recognizes copyright lines ("© 2024 Example Media", "Alle Rechte vorbehalten"): their
/// years and names are never the article's date or author.
enum CopyrightLine {
    /// What copyright lines say, lowercase. ASCII letters match in any case; the others are
    /// listed as written at the start of a sentence and in lowercase.
    static let marks: [[UInt8]] = [
        "©", "copyright", "(c)", "all rights reserved", "alle rechte", "tous droits", "todos los derechos",
        "wszelkie prawa", "все права", "Все права", "усі права", "Усі права",
    ].map { Array($0.utf8) }

    static func matches(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            marks.contains { containsIgnoringASCIICase(bytes, $0) }
        }
    }

    private static func containsIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        while index + needle.count <= haystack.count {
            if asciiLowercase(haystack[index]) == first {
                var offset = 1
                while offset < needle.count, asciiLowercase(haystack[index + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
