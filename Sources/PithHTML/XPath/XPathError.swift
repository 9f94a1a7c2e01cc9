/// Why an XPath expression could not be compiled: where in the expression, and what is wrong.
///
/// `column` counts Unicode scalars from 1, so a message can point at the offending character:
/// `XPath error at column 14 of "//div[@id='x'": expected ']' to close the predicate opened at column 6`.
public struct XPathError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The expression as the user wrote it.
    public let expression: String
    /// 1-based position (in Unicode scalars) of the character or token at fault.
    public let column: Int
    /// What is wrong there.
    public let problem: Problem

    public init(expression: String, column: Int, problem: Problem) {
        self.expression = expression
        self.column = column
        self.problem = problem
    }

    /// The kinds of mistakes the compiler reports.
    public enum Problem: Equatable, Sendable {
        /// The expression is empty or only whitespace.
        case empty
        /// A character that cannot start any token, e.g. `#` or a typographic quote.
        case unexpectedCharacter(Character)
        /// A string literal whose closing quote is missing.
        case unterminatedLiteral
        /// A token that does not fit the grammar here; `expected` says what would.
        case unexpectedToken(found: String, expected: String)
        /// The expression stopped where more was needed.
        case unexpectedEnd(expected: String)
        /// A bracket or parenthesis that is never closed.
        case unclosed(String, openedAt: Int)
        /// An axis name XPath 1.0 does not have (`children::`, `sibling::`).
        case unknownAxis(String)
        /// A function XPath 1.0 does not have.
        case unknownFunction(String, suggestion: String?)
        /// A function called with too few or too many arguments.
        case wrongArgumentCount(function: String, expected: String, found: Int)
        /// An operand of the wrong type where XPath 1.0 requires a node-set.
        case notANodeSet(what: String, found: String)
        /// `$name`: there is nothing to bind variables to.
        case variable(String)
        /// `prefix:*`: HTML documents have no namespaces.
        case namespaceWildcard(String)
        /// More nested parentheses, predicates, calls or operators than the evaluator allows.
        case tooDeep(limit: Int)
    }

    public var description: String {
        "XPath error at column \(column) of \"\(expression)\": \(problemDescription)"
    }

    /// The problem alone, without the expression, for messages that already quote it.
    public var problemDescription: String {
        switch problem {
        case .empty:
            return "the expression is empty"
        case .unexpectedCharacter(let character):
            let hint = "‘’“”".contains(character) ? " (a typographic quote: use ' or \")" : ""
            return "unexpected character '\(character)'\(hint)"
        case .unterminatedLiteral:
            return "the string that starts here has no closing quote"
        case .unexpectedToken(let found, let expected):
            return "expected \(expected), found \(found)"
        case .unexpectedEnd(let expected):
            return "expected \(expected), but the expression ended"
        case .unclosed(let bracket, let openedAt):
            return "expected '\(bracket)' to close what was opened at column \(openedAt)"
        case .unknownAxis(let name):
            return "unknown axis '\(name)' (XPath 1.0 axes: \(XPathAxis.allNames))"
        case .unknownFunction(let name, let suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? " (XPath 1.0 functions only)"
            return "unknown function '\(name)()'\(hint)"
        case .wrongArgumentCount(let function, let expected, let found):
            return "\(function)() takes \(expected), but was given \(found)"
        case .notANodeSet(let what, let found):
            return "\(what) must be a node-set, but this is a \(found)"
        case .variable(let name):
            return "variables such as '$\(name)' are not supported"
        case .namespaceWildcard(let prefix):
            return "'\(prefix):*' is not supported: HTML documents have no namespaces"
        case .tooDeep(let limit):
            return "the expression nests more than \(limit) levels deep"
        }
    }
}
