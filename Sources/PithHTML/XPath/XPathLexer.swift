/// One token of an XPath expression, with the column where it starts.
struct XPathToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case leftParen, rightParen, leftBracket, rightBracket, comma, at, dot, dotDot, colonColon
        case slash, doubleSlash, pipe
        /// An operator: `and`, `or`, `div`, `mod`, `*` (multiply) and the symbols.
        case op(XPathOperator)
        /// `*` or a (possibly prefixed) name in a node test, lowercased.
        case nameTest(String)
        /// `prefix:*`.
        case prefixWildcard(String)
        /// `node`, `text`, `comment`, `processing-instruction` before `(`.
        case nodeType(String)
        case functionName(String)
        case axisName(String)
        case literal(String)
        case number(Double)
        case variable(String)
        case end
    }

    var kind: Kind
    var column: Int
}

extension XPathToken.Kind {
    /// How the token reads in an error message.
    var quoted: String {
        switch self {
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .leftBracket: "'['"
        case .rightBracket: "']'"
        case .comma: "','"
        case .at: "'@'"
        case .dot: "'.'"
        case .dotDot: "'..'"
        case .colonColon: "'::'"
        case .slash: "'/'"
        case .doubleSlash: "'//'"
        case .pipe: "'|'"
        case .op(let op): "'\(op.rawValue)'"
        case .nameTest(let name): "'\(name)'"
        case .prefixWildcard(let prefix): "'\(prefix):*'"
        case .nodeType(let name): "'\(name)()'"
        case .functionName(let name): "'\(name)('"
        case .axisName(let name): "'\(name)::'"
        case .literal(let text): "the string '\(text)'"
        case .number(let value): "the number \(XPathConversions.string(from: value))"
        case .variable(let name): "'$\(name)'"
        case .end: "the end"
        }
    }
}

/// Splits an expression into tokens, applying XPath 1.0's rules for telling `*` and names
/// used as operators from node tests (section 3.7 of the recommendation).
struct XPathLexer {
    private let expression: String
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var tokens: [XPathToken] = []

    static func tokenize(_ expression: String) throws(XPathError) -> [XPathToken] {
        var lexer = XPathLexer(expression: expression)
        try lexer.run()
        return lexer.tokens
    }

    private init(expression: String) {
        self.expression = expression
        self.scalars = Array(expression.unicodeScalars)
    }

    private mutating func run() throws(XPathError) {
        while true {
            skipWhitespace()
            guard index < scalars.count else {
                tokens.append(XPathToken(kind: .end, column: index + 1))
                return
            }
            let column = index + 1
            let kind = try nextKind()
            tokens.append(XPathToken(kind: kind, column: column))
        }
    }

    // MARK: Characters

    private func scalar(at offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar >= "0" && scalar <= "9"
    }

    /// Letters, `_`, and (leniently) any non-ASCII scalar that is not a space or a quote.
    private static func isNameStart(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
        }
        return !scalar.properties.isWhitespace && !"‘’“”".unicodeScalars.contains(scalar)
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return isNameStart(scalar) || isDigit(scalar) || scalar == "-" || scalar == "."
    }

    private mutating func skipWhitespace() {
        while index < scalars.count, Self.isWhitespace(scalars[index]) { index += 1 }
    }

    /// The first non-whitespace scalar at or after `offset`, and its index.
    private func lookAhead(from start: Int) -> (scalar: Unicode.Scalar, index: Int)? {
        var position = start
        while position < scalars.count, Self.isWhitespace(scalars[position]) { position += 1 }
        return position < scalars.count ? (scalars[position], position) : nil
    }

    private func error(_ problem: XPathError.Problem, column: Int? = nil) -> XPathError {
        XPathError(expression: expression, column: column ?? index + 1, problem: problem)
    }

    // MARK: Tokens

    /// Whether the previous token ends an operand, so that `*` multiplies and a name must be
    /// an operator name (`and`, `or`, `div`, `mod`).
    private var expectsOperator: Bool {
        guard let previous = tokens.last else { return false }
        switch previous.kind {
        case .at, .colonColon, .leftParen, .leftBracket, .comma, .slash, .doubleSlash, .pipe, .op:
            return false
        default:
            return true
        }
    }

    private mutating func nextKind() throws(XPathError) -> XPathToken.Kind {
        let current = scalars[index]
        if let single = Self.singleCharacterTokens[current] {
            index += 1
            return single
        }
        switch current {
        case ".":
            if scalar(at: 1) == "." { index += 2; return .dotDot }
            if Self.isDigit(scalar(at: 1)) { return readNumber() }
            index += 1
            return .dot
        case "/":
            if scalar(at: 1) == "/" { index += 2; return .doubleSlash }
            index += 1
            return .slash
        case "!":
            guard scalar(at: 1) == "=" else { throw error(.unexpectedCharacter("!")) }
            index += 2
            return .op(.notEqual)
        case "<", ">":
            let orEqual = scalar(at: 1) == "="
            index += orEqual ? 2 : 1
            if current == "<" { return .op(orEqual ? .lessOrEqual : .less) }
            return .op(orEqual ? .greaterOrEqual : .greater)
        case ":":
            guard scalar(at: 1) == ":" else { throw error(.unexpectedCharacter(":")) }
            index += 2
            return .colonColon
        case "*":
            index += 1
            return expectsOperator ? .op(.multiply) : .nameTest("*")
        case "\"", "'":
            return try readLiteral(quote: current)
        case "$":
            index += 1
            guard Self.isNameStart(scalar(at: 0)) else { throw error(.unexpectedCharacter("$"), column: index) }
            return .variable(readNCName())
        default:
            if Self.isDigit(current) { return readNumber() }
            if Self.isNameStart(current) { return try readName() }
            throw error(.unexpectedCharacter(Character(current)))
        }
    }

    private static let singleCharacterTokens: [Unicode.Scalar: XPathToken.Kind] = [
        "(": .leftParen, ")": .rightParen, "[": .leftBracket, "]": .rightBracket, ",": .comma,
        "@": .at, "|": .pipe, "+": .op(.plus), "-": .op(.minus), "=": .op(.equal),
    ]

    private mutating func readNumber() -> XPathToken.Kind {
        let start = index
        while Self.isDigit(scalar(at: 0)) { index += 1 }
        if scalar(at: 0) == "." {
            index += 1
            while Self.isDigit(scalar(at: 0)) { index += 1 }
        }
        var text = String(String.UnicodeScalarView(scalars[start..<index]))
        if text.hasPrefix(".") { text = "0" + text }
        if text.hasSuffix(".") { text += "0" }
        return .number(Double(text) ?? .nan)
    }

    private mutating func readLiteral(quote: Unicode.Scalar) throws(XPathError) -> XPathToken.Kind {
        let open = index
        index += 1
        while index < scalars.count, scalars[index] != quote { index += 1 }
        guard index < scalars.count else { throw error(.unterminatedLiteral, column: open + 1) }
        let text = String(String.UnicodeScalarView(scalars[(open + 1)..<index]))
        index += 1
        return .literal(text)
    }

    private mutating func readNCName() -> String {
        let start = index
        while Self.isNameCharacter(scalar(at: 0)) { index += 1 }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    /// A name, classified by what surrounds it: operator name, function or node type before
    /// `(`, axis before `::`, otherwise a name test.
    private mutating func readName() throws(XPathError) -> XPathToken.Kind {
        let column = index + 1
        var name = readNCName()
        if expectsOperator {
            if let op = XPathOperator(rawValue: name), [.and, .or, .divide, .modulo].contains(op) { return .op(op) }
            throw error(
                .unexpectedToken(found: "'\(name)'", expected: "an operator (and, or, =, !=, <, >, +, -, |, ...) or the end"),
                column: column)
        }
        // A single colon joins a prefix to a local name; `::` follows an axis name.
        if scalar(at: 0) == ":", scalar(at: 1) != ":" {
            if scalar(at: 1) == "*" {
                index += 2
                return .prefixWildcard(name)
            }
            if Self.isNameStart(scalar(at: 1)) {
                index += 1
                name += ":" + readNCName()
            }
        }
        if let next = lookAhead(from: index) {
            if next.scalar == "(" {
                return Self.nodeTypes.contains(name) ? .nodeType(name) : .functionName(name)
            }
            if next.scalar == ":", next.index + 1 < scalars.count, scalars[next.index + 1] == ":" {
                return .axisName(name)
            }
        }
        return .nameTest(name.lowercased())
    }

    private static let nodeTypes: Set<String> = ["node", "text", "comment", "processing-instruction"]
}
