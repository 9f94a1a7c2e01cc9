/// A recursive-descent parser for XPath 1.0 (section 3 of the recommendation), producing an
/// ``XPathExpression`` with every type known, every name interned in a table, and every
/// function call checked, so that evaluation cannot fail.
///
/// Recursion follows the nesting of the expression and is capped at ``maximumDepth``, both
/// while parsing and in the height of the tree it builds (which bounds evaluation recursion):
/// a garbled or hostile expression gets an error, never a stack overflow.
struct XPathParser {
    /// How deeply parentheses, predicates, calls and operators may nest.
    static let maximumDepth = 64

    /// The parsed expression and what the evaluator needs to know about it.
    struct Result {
        var expression: XPathExpression
        var type: XPathType
        /// Lowercased element names used in node tests; indexes of `XPathNodeTest.name`.
        var elementNames: [String]
        /// Lowercased attribute names used in node tests; indexes of `XPathNodeTest.name`
        /// on the attribute axis and of `XPathExpression.contextAttribute`.
        var attributeNames: [String]
        /// How many `XPathExpression.shared` slots the expression uses.
        var sharedCount: Int
    }

    /// One parsed sub-expression with the facts its parent needs.
    private struct Parsed {
        var expression: XPathExpression
        var type: XPathType
        /// Height of the expression tree, to cap evaluation recursion.
        var height: Int
        /// Whether it calls `position()` or `last()` for the context it is evaluated in
        /// (not inside the predicates of a nested step, which have their own context).
        var usesContextPosition: Bool
    }

    private let expression: String
    private let tokens: [XPathToken]
    private var index = 0
    private var nesting = 0
    private var elementNames: [String] = []
    private var attributeNames: [String] = []
    private var sharedCount = 0

    static func parse(_ expression: String) throws(XPathError) -> Result {
        let tokens = try XPathLexer.tokenize(expression)
        var parser = XPathParser(expression: expression, tokens: tokens)
        guard tokens.first?.kind != .end else {
            throw XPathError(expression: expression, column: 1, problem: .empty)
        }
        let parsed = try parser.parseExpression()
        guard parser.current.kind == .end else {
            throw parser.unexpected(expected: "an operator (and, or, =, !=, <, >, +, -, |, ...) or the end")
        }
        return Result(
            expression: parsed.expression, type: parsed.type,
            elementNames: parser.elementNames, attributeNames: parser.attributeNames, sharedCount: parser.sharedCount)
    }

    private init(expression: String, tokens: [XPathToken]) {
        self.expression = expression
        self.tokens = tokens
    }

    // MARK: Tokens and errors

    private var current: XPathToken { tokens[index] }

    private mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    private func error(_ problem: XPathError.Problem, at column: Int? = nil) -> XPathError {
        XPathError(expression: expression, column: column ?? current.column, problem: problem)
    }

    private func unexpected(expected: String) -> XPathError {
        if current.kind == .end { return error(.unexpectedEnd(expected: expected)) }
        return error(.unexpectedToken(found: current.kind.quoted, expected: expected))
    }

    /// Consumes a closing `)` or `]`, or reports what was left open.
    private mutating func close(_ kind: XPathToken.Kind, _ symbol: String, openedAt column: Int) throws(XPathError) {
        guard current.kind == kind else {
            if current.kind == .end { throw error(.unclosed(symbol, openedAt: column)) }
            throw unexpected(expected: "'\(symbol)' to close what was opened at column \(column)")
        }
        advance()
    }

    private mutating func enterNesting() throws(XPathError) {
        nesting += 1
        guard nesting <= Self.maximumDepth else { throw error(.tooDeep(limit: Self.maximumDepth)) }
    }

    private func checkedHeight(_ height: Int, at column: Int) throws(XPathError) -> Int {
        guard height <= Self.maximumDepth else { throw error(.tooDeep(limit: Self.maximumDepth), at: column) }
        return height
    }

    // MARK: Operators, loosest first

    /// `Expr`, entered for the whole expression, each predicate, argument and parenthesis.
    private mutating func parseExpression() throws(XPathError) -> Parsed {
        try enterNesting()
        defer { nesting -= 1 }
        return try parseOr()
    }

    private mutating func parseOr() throws(XPathError) -> Parsed {
        try parseBinary(operators: [.or], resultType: .boolean) { parser throws(XPathError) in try parser.parseAnd() }
    }

    private mutating func parseAnd() throws(XPathError) -> Parsed {
        try parseBinary(operators: [.and], resultType: .boolean) { parser throws(XPathError) in try parser.parseEquality() }
    }

    private mutating func parseEquality() throws(XPathError) -> Parsed {
        try parseBinary(operators: [.equal, .notEqual], resultType: .boolean) { parser throws(XPathError) in
            try parser.parseRelational()
        }
    }

    private mutating func parseRelational() throws(XPathError) -> Parsed {
        try parseBinary(operators: [.less, .lessOrEqual, .greater, .greaterOrEqual], resultType: .boolean) {
            parser throws(XPathError) in try parser.parseAdditive()
        }
    }

    private mutating func parseAdditive() throws(XPathError) -> Parsed {
        try parseBinary(operators: [.plus, .minus], resultType: .number) { parser throws(XPathError) in
            try parser.parseMultiplicative()
        }
    }

    private mutating func parseMultiplicative() throws(XPathError) -> Parsed {
        try parseBinary(operators: [.multiply, .divide, .modulo], resultType: .number) { parser throws(XPathError) in
            try parser.parseUnary()
        }
    }

    /// A left-associative chain of operators of one precedence level.
    private mutating func parseBinary(
        operators: Set<XPathOperator>, resultType: XPathType,
        operand: (inout XPathParser) throws(XPathError) -> Parsed
    ) throws(XPathError) -> Parsed {
        var left = try operand(&self)
        while case .op(let op) = current.kind, operators.contains(op) {
            let column = current.column
            advance()
            let right = try operand(&self)
            left = Parsed(
                expression: .binary(op, left.expression, right.expression), type: resultType,
                height: try checkedHeight(max(left.height, right.height) + 1, at: column),
                usesContextPosition: left.usesContextPosition || right.usesContextPosition)
        }
        return left
    }

    private mutating func parseUnary() throws(XPathError) -> Parsed {
        guard current.kind == .op(.minus) else { return try parseUnion() }
        let column = current.column
        advance()
        try enterNesting()
        defer { nesting -= 1 }
        let operand = try parseUnary()
        return Parsed(
            expression: .negate(operand.expression), type: .number,
            height: try checkedHeight(operand.height + 1, at: column),
            usesContextPosition: operand.usesContextPosition)
    }

    private mutating func parseUnion() throws(XPathError) -> Parsed {
        var left = try parsePath()
        while current.kind == .pipe {
            let column = current.column
            try requireNodeSet(left, what: "the left side of '|'", at: column)
            advance()
            let rightColumn = current.column
            let right = try parsePath()
            try requireNodeSet(right, what: "the right side of '|'", at: rightColumn)
            left = Parsed(
                expression: .union(left.expression, right.expression), type: .nodeSet,
                height: try checkedHeight(max(left.height, right.height) + 1, at: column),
                usesContextPosition: left.usesContextPosition || right.usesContextPosition)
        }
        return left
    }

    private func requireNodeSet(_ parsed: Parsed, what: String, at column: Int) throws(XPathError) {
        guard parsed.type == .nodeSet else {
            throw error(.notANodeSet(what: what, found: parsed.type.rawValue), at: column)
        }
    }
}

// MARK: - Paths

extension XPathParser {
    /// `PathExpr`: a location path, or a filter expression optionally followed by `/` steps.
    private mutating func parsePath() throws(XPathError) -> Parsed {
        switch current.kind {
        case .slash, .doubleSlash, .dot, .dotDot, .at, .axisName, .nameTest, .nodeType, .prefixWildcard:
            return try parseLocationPath()
        case .leftParen, .literal, .number, .functionName, .variable:
            let startColumn = current.column
            let filter = try parseFilter()
            guard current.kind == .slash || current.kind == .doubleSlash else { return filter }
            try requireNodeSet(filter, what: "the expression before '/'", at: startColumn)
            var steps: [XPathStep] = []
            var height = filter.height
            try parseRelativeSteps(into: &steps, height: &height, afterSlash: true)
            return finishPath(XPathPath(start: .nodes(filter.expression), steps: steps), height: height + 1,
                              usesContextPosition: filter.usesContextPosition)
        default:
            throw unexpected(expected: "an expression (a path, a string, a number or a function call)")
        }
    }

    private mutating func parseLocationPath() throws(XPathError) -> Parsed {
        var steps: [XPathStep] = []
        var height = 0
        var start = XPathPathStart.context
        switch current.kind {
        case .slash:
            start = .root
            advance()
            if startsStep {
                try parseRelativeSteps(into: &steps, height: &height, afterSlash: false)
            }
        case .doubleSlash:
            start = .root
            try parseRelativeSteps(into: &steps, height: &height, afterSlash: true)
        default:
            try parseRelativeSteps(into: &steps, height: &height, afterSlash: false)
        }
        var path = finishPath(XPathPath(start: start, steps: steps), height: height + 1, usesContextPosition: false)
        if case .root = start, nesting > 1 {
            // Inside a predicate or argument, an absolute path is evaluated once, not per node.
            path.expression = .shared(sharedCount, path.expression)
            sharedCount += 1
        }
        return path
    }

    private var startsStep: Bool {
        switch current.kind {
        case .dot, .dotDot, .at, .axisName, .nameTest, .nodeType, .prefixWildcard: true
        default: false
        }
    }

    /// Steps separated by `/` and `//`. With `afterSlash`, the current token is a `/` or `//`
    /// that must be followed by a step.
    private mutating func parseRelativeSteps(
        into steps: inout [XPathStep], height: inout Int, afterSlash: Bool
    ) throws(XPathError) {
        var expectsSeparator = afterSlash
        while true {
            if expectsSeparator {
                if current.kind == .doubleSlash {
                    steps.append(XPathStep(axis: .descendantOrSelf, test: .node, predicates: []))
                } else if current.kind != .slash {
                    return
                }
                advance()
            }
            guard startsStep else {
                throw unexpected(expected: "a step (a name, *, @name, text(), node(), '.', '..' or axis::)")
            }
            steps.append(try parseStep(height: &height))
            expectsSeparator = true
        }
    }

    private mutating func parseStep(height: inout Int) throws(XPathError) -> XPathStep {
        switch current.kind {
        case .dot:
            advance()
            return XPathStep(axis: .self, test: .node, predicates: [])
        case .dotDot:
            advance()
            return XPathStep(axis: .parent, test: .node, predicates: [])
        default:
            break
        }
        var axis = XPathAxis.child
        if current.kind == .at {
            axis = .attribute
            advance()
        } else if case .axisName(let name) = current.kind {
            guard let named = XPathAxis(rawValue: name) else { throw error(.unknownAxis(name)) }
            axis = named
            advance()
            guard current.kind == .colonColon else { throw unexpected(expected: "'::' after the axis name") }
            advance()
        }
        let test = try parseNodeTest(axis: axis)
        let predicates = try parsePredicates(height: &height)
        return XPathStep(axis: axis, test: test, predicates: predicates)
    }

    private mutating func parseNodeTest(axis: XPathAxis) throws(XPathError) -> XPathNodeTest {
        switch current.kind {
        case .nameTest(let name):
            advance()
            if name == "*" { return .anyName }
            return .name(axis == .attribute ? intern(name, in: &attributeNames) : intern(name, in: &elementNames))
        case .prefixWildcard(let prefix):
            throw error(.namespaceWildcard(prefix))
        case .nodeType(let type):
            advance()
            let open = current.column
            guard current.kind == .leftParen else { throw unexpected(expected: "'(' after \(type)") }
            advance()
            if type == "processing-instruction", case .literal = current.kind { advance() }
            try close(.rightParen, ")", openedAt: open)
            switch type {
            case "node": return .node
            case "text": return .text
            default: return .none
            }
        default:
            throw unexpected(expected: "a node test (a name, *, text() or node())")
        }
    }

    private mutating func parsePredicates(height: inout Int) throws(XPathError) -> [XPathPredicate] {
        var predicates: [XPathPredicate] = []
        while current.kind == .leftBracket {
            let open = current.column
            advance()
            let parsed = try parseExpression()
            try close(.rightBracket, "]", openedAt: open)
            height = try checkedHeight(max(height, parsed.height + 1), at: open)
            predicates.append(XPathPredicate(expression: parsed.expression, kind: Self.kind(of: parsed)))
        }
        return predicates
    }

    private static func kind(of predicate: Parsed) -> XPathPredicateKind {
        if case .number(let value) = predicate.expression {
            let isPosition = value >= 1 && value <= Double(Int32.max) && value == value.rounded()
            return .index(isPosition ? Int(value) : 0)
        }
        if case .call(.last, _) = predicate.expression { return .last }
        if predicate.type == .number || predicate.usesContextPosition { return .positional }
        return .filter
    }

    private func intern(_ name: String, in table: inout [String]) -> Int {
        if let existing = table.firstIndex(of: name) { return existing }
        table.append(name)
        return table.count - 1
    }

    /// Simplifies the steps, and turns a lone `@name` into the fast context-attribute form.
    private func finishPath(_ path: XPathPath, height: Int, usesContextPosition: Bool) -> Parsed {
        var path = path
        path.steps = Self.simplified(path.steps)
        if case .context = path.start, path.steps.count == 1, path.steps[0].axis == .attribute,
           case .name(let name) = path.steps[0].test, path.steps[0].predicates.isEmpty {
            return Parsed(expression: .contextAttribute(name), type: .nodeSet, height: 1, usesContextPosition: false)
        }
        return Parsed(expression: .path(path), type: .nodeSet, height: height, usesContextPosition: usesContextPosition)
    }

    /// Drops `self::node()` steps, which change nothing, and rewrites `//x[filter]` (that is,
    /// `descendant-or-self::node()/child::x`) as `descendant::x`: the same nodes, in one pass
    /// over a contiguous range instead of one child walk per node. Positional predicates keep
    /// the long form, because `//p[1]` means the first `p` of each parent.
    private static func simplified(_ steps: [XPathStep]) -> [XPathStep] {
        var result: [XPathStep] = []
        for step in steps {
            if step.axis == .self, step.test == .node, step.predicates.isEmpty { continue }
            if step.axis == .child, step.hasOnlyFilters, let previous = result.last,
               previous.axis == .descendantOrSelf, previous.test == .node, previous.predicates.isEmpty {
                result[result.count - 1] = XPathStep(axis: .descendant, test: step.test, predicates: step.predicates)
                continue
            }
            result.append(step)
        }
        return result
    }
}

// MARK: - Filter expressions and calls

extension XPathParser {
    /// `FilterExpr`: a primary expression and its predicates.
    private mutating func parseFilter() throws(XPathError) -> Parsed {
        let startColumn = current.column
        var primary = try parsePrimary()
        guard current.kind == .leftBracket else { return primary }
        try requireNodeSet(primary, what: "an expression with a predicate", at: startColumn)
        var height = primary.height
        let predicates = try parsePredicates(height: &height)
        primary.expression = .filter(primary.expression, predicates)
        primary.height = try checkedHeight(height + 1, at: startColumn)
        return primary
    }

    private mutating func parsePrimary() throws(XPathError) -> Parsed {
        let column = current.column
        switch current.kind {
        case .leftParen:
            advance()
            let inner = try parseExpression()
            try close(.rightParen, ")", openedAt: column)
            return inner
        case .literal(let text):
            advance()
            return Parsed(expression: .literal(text), type: .string, height: 1, usesContextPosition: false)
        case .number(let value):
            advance()
            return Parsed(expression: .number(value), type: .number, height: 1, usesContextPosition: false)
        case .variable(let name):
            throw error(.variable(name))
        case .functionName(let name):
            return try parseCall(name: name)
        default:
            throw unexpected(expected: "an expression")
        }
    }

    private mutating func parseCall(name: String) throws(XPathError) -> Parsed {
        let column = current.column
        guard let function = XPathFunction(rawValue: name) else {
            throw error(.unknownFunction(name, suggestion: XPathFunction.suggestion(for: name)))
        }
        advance()
        let open = current.column
        advance()  // The lexer only makes a function name of a name followed by '('.
        var arguments: [Parsed] = []
        if current.kind != .rightParen {
            arguments.append(try parseArgument(of: function))
            while current.kind == .comma {
                advance()
                arguments.append(try parseArgument(of: function))
            }
        }
        try close(.rightParen, ")", openedAt: open)
        guard function.arity.contains(arguments.count) else {
            throw error(
                .wrongArgumentCount(function: name, expected: function.arityDescription, found: arguments.count),
                at: column)
        }
        let height = (arguments.map(\.height).max() ?? 0) + 1
        if function == .contains, let tokenTest = Self.attributeTokenTest(arguments.map(\.expression)) {
            return Parsed(expression: tokenTest, type: .boolean, height: height, usesContextPosition: false)
        }
        return Parsed(
            expression: .call(function, arguments.map(\.expression)), type: function.resultType,
            height: try checkedHeight(height, at: column),
            usesContextPosition: function == .position || function == .last
                || arguments.contains { $0.usesContextPosition })
    }

    /// Recognises the arguments of `contains(concat(' ', normalize-space(@name), ' '), ' token ')`
    /// when `token` is one word.
    private static func attributeTokenTest(_ arguments: [XPathExpression]) -> XPathExpression? {
        guard case .call(.concat, let parts) = arguments[0], parts.count == 3,
              case .literal(" ") = parts[0], case .literal(" ") = parts[2],
              case .call(.normalizeSpace, let normalized) = parts[1], normalized.count == 1,
              case .contextAttribute(let name) = normalized[0],
              case .literal(let padded) = arguments[1] else { return nil }
        let bytes = Array(padded.utf8)
        guard bytes.count >= 3, bytes.first == 0x20, bytes.last == 0x20 else { return nil }
        let token = Array(bytes[1..<(bytes.count - 1)])
        guard !token.contains(where: XPathConversions.isWhitespace) else { return nil }
        return .attributeHasToken(name, token)
    }

    private mutating func parseArgument(of function: XPathFunction) throws(XPathError) -> Parsed {
        let column = current.column
        let argument = try parseExpression()
        if function.requiresNodeSetArguments {
            try requireNodeSet(argument, what: "the argument of \(function.rawValue)()", at: column)
        }
        return argument
    }
}
