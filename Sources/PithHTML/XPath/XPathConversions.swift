/// XPath 1.0's conversions between strings, numbers and booleans (section 4 of the recommendation).
enum XPathConversions {
    /// `number(string)`: optional whitespace, an optional minus, digits with an optional
    /// decimal point, optional whitespace. Anything else (exponents, `+`, `Infinity`) is NaN.
    static func number(from string: String) -> Double {
        var utf8 = Substring(string).utf8[...]
        while let first = utf8.first, isWhitespace(first) { utf8 = utf8.dropFirst() }
        while let last = utf8.last, isWhitespace(last) { utf8 = utf8.dropLast() }
        var body = utf8
        if body.first == UInt8(ascii: "-") { body = body.dropFirst() }
        var digits = 0
        var dots = 0
        for byte in body {
            if byte == UInt8(ascii: ".") {
                dots += 1
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
            } else {
                return .nan
            }
        }
        guard digits > 0, dots <= 1 else { return .nan }
        var text = String(Substring(utf8))
        if text.hasSuffix(".") { text += "0" }
        if text.hasPrefix(".") { text = "0" + text }
        if text.hasPrefix("-.") { text = "-0" + text.dropFirst() }
        return Double(text) ?? .nan
    }

    /// `string(number)`: integers without a decimal point, no exponent notation, `NaN`,
    /// `Infinity`, `-Infinity`, and `0` for negative zero.
    static func string(from number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        if number == 0 { return "0" }
        if number == number.rounded(), abs(number) < 1e18 { return String(Int64(number)) }
        return expandingExponent(String(number))
    }

    /// Rewrites Swift's shortest round-trip form (`1.5e-07`, `1e+20`) without an exponent.
    private static func expandingExponent(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerDigits = String(parts[0])
        let fractionDigits = parts.count > 1 ? String(parts[1]) : ""
        var digits = integerDigits + fractionDigits
        var pointPosition = integerDigits.count + exponent
        if pointPosition <= 0 {
            digits = String(repeating: "0", count: 1 - pointPosition) + digits
            pointPosition = 1
        } else if pointPosition > digits.count {
            digits += String(repeating: "0", count: pointPosition - digits.count)
        }
        let integerPart = digits.prefix(pointPosition)
        var fractionPart = String(digits.dropFirst(pointPosition))
        while fractionPart.hasSuffix("0") { fractionPart.removeLast() }
        let body = fractionPart.isEmpty ? String(integerPart) : "\(integerPart).\(fractionPart)"
        return negative ? "-" + body : body
    }

    /// `boolean(number)`: true unless zero or NaN.
    static func boolean(from number: Double) -> Bool {
        number != 0 && !number.isNaN
    }

    /// `string(boolean)`.
    static func string(from boolean: Bool) -> String {
        boolean ? "true" : "false"
    }

    /// XPath's whitespace (the `S` production): space, tab, carriage return, line feed.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
