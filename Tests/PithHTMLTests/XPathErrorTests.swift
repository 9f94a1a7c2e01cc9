import Testing
import PithHTML

/// Malformed expressions: each must fail to compile with the column and the problem a user
/// needs to fix it, and nothing thrown at the compiler or evaluator may crash it.
@Suite struct XPathErrorTests {
    static let cases: [(String, Int, XPathError.Problem)] = [
        ("", 1, .empty),
        ("   ", 1, .empty),
        ("//div[@id='x'", 14, .unclosed("]", openedAt: 6)),
        ("//div[@id='x]", 11, .unterminatedLiteral),
        ("//div[", 7, .unexpectedEnd(expected: "an expression (a path, a string, a number or a function call)")),
        ("count(//p", 10, .unclosed(")", openedAt: 6)),
        ("(//p", 5, .unclosed(")", openedAt: 1)),
        ("text(", 6, .unclosed(")", openedAt: 5)),
        ("//p[foo(1)]", 5, .unknownFunction("foo", suggestion: nil)),
        ("//p[Contains(@class,'x')]", 5, .unknownFunction("Contains", suggestion: "contains")),
        ("//p[contains(@class)]", 5, .wrongArgumentCount(function: "contains", expected: "2 arguments", found: 1)),
        ("//p[last(1)]", 5, .wrongArgumentCount(function: "last", expected: "0 arguments", found: 1)),
        ("concat('a')", 1, .wrongArgumentCount(function: "concat", expected: "at least 2 arguments", found: 1)),
        ("substring('a')", 1, .wrongArgumentCount(function: "substring", expected: "2 or 3 arguments", found: 1)),
        ("//p[count('a')]", 11, .notANodeSet(what: "the argument of count()", found: "string")),
        ("1 | 2", 3, .notANodeSet(what: "the left side of '|'", found: "number")),
        ("//p | 'x'", 7, .notANodeSet(what: "the right side of '|'", found: "string")),
        ("'a'[1]", 1, .notANodeSet(what: "an expression with a predicate", found: "string")),
        ("concat('a','b')/p", 1, .notANodeSet(what: "the expression before '/'", found: "string")),
        ("children::p", 1, .unknownAxis("children")),
        ("//p/sibling::p", 5, .unknownAxis("sibling")),
        ("//p[@class=$x]", 12, .variable("x")),
        ("//svg:*", 3, .namespaceWildcard("svg")),
        ("//p[@class = ‘x’]", 14, .unexpectedCharacter("‘")),
        ("//p#main", 4, .unexpectedCharacter("#")),
        ("!x", 1, .unexpectedCharacter("!")),
        ("//p]", 4, .unexpectedToken(found: "']'", expected: "an operator (and, or, =, !=, <, >, +, -, |, ...) or the end")),
        ("//p[1] foo", 8, .unexpectedToken(found: "'foo'", expected: "an operator (and, or, =, !=, <, >, +, -, |, ...) or the end")),
        ("//", 3, .unexpectedEnd(expected: "a step (a name, *, @name, text(), node(), '.', '..' or axis::)")),
        ("//p/", 5, .unexpectedEnd(expected: "a step (a name, *, @name, text(), node(), '.', '..' or axis::)")),
        ("//@", 4, .unexpectedEnd(expected: "a node test (a name, *, text() or node())")),
        ("child::", 8, .unexpectedEnd(expected: "a node test (a name, *, text() or node())")),
        ("//p[]", 5, .unexpectedToken(found: "']'", expected: "an expression (a path, a string, a number or a function call)")),
        ("//p[1,2]", 6, .unexpectedToken(found: "','", expected: "']' to close what was opened at column 4")),
        (".[1]", 2, .unexpectedToken(found: "'['", expected: "an operator (and, or, =, !=, <, >, +, -, |, ...) or the end")),
    ]

    @Test(arguments: cases)
    func reportsColumnAndProblem(_ expression: String, _ column: Int, _ problem: XPathError.Problem) {
        #expect(throws: XPathError(expression: expression, column: column, problem: problem)) {
            try XPath.compile(expression)
        }
    }

    @Test func messageQuotesTheExpressionAndPointsAtTheMistake() {
        #expect(
            XPathError(expression: "//div[@id='x'", column: 14, problem: .unclosed("]", openedAt: 6)).description
                == #"XPath error at column 14 of "//div[@id='x'": expected ']' to close what was opened at column 6"#)
        #expect(
            XPathError(expression: "//p[Contains(.,'x')]", column: 5, problem: .unknownFunction("Contains", suggestion: "contains"))
                .description == #"XPath error at column 5 of "//p[Contains(.,'x')]": unknown function 'Contains()' (did you mean 'contains'?)"#)
        #expect(
            XPathError(expression: "//p[@a=‘x’]", column: 8, problem: .unexpectedCharacter("‘")).problemDescription
                == "unexpected character '‘' (a typographic quote: use ' or \")")
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let limit = XPathError.Problem.tooDeep(limit: 64)
        for expression in [
            String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
            String(repeating: "-", count: 10_000) + "1",
            "1" + String(repeating: " + 1", count: 10_000),
            "//p" + String(repeating: "[p", count: 10_000),
            String(repeating: "not(", count: 10_000),
            "//a" + String(repeating: " or //a", count: 100_000),
        ] {
            #expect {
                try XPath.compile(expression)
            } throws: { error in
                (error as? XPathError)?.problem == limit
            }
        }
    }

    @Test func nestingUpToTheLimitCompilesAndEvaluates() throws {
        let nested = String(repeating: "(", count: 60) + "//p" + String(repeating: ")", count: 60)
        #expect(try XPath.compile(nested).nodes(in: xpathSamplePage).count == 5)
        let chain = "//p[" + Array(repeating: "@id", count: 60).joined(separator: " and ") + "]"
        #expect(try XPath.compile(chain).nodes(in: xpathSamplePage).count == 5)
    }

    @Test func garbledExpressionsNeverCrash() {
        var random = SplitMix64(seed: 0x5EED)
        let fragments = [
            "//", "/", "div", "p", "li", "*", "[", "]", "(", ")", "@class", "@id", "'x'", "\"p1\"", "1", "2.5", ".5",
            "contains(", "concat(", "substring(", "translate(", "count(", "id(", "name(", ",", "|", " and ", " or ",
            "=", "!=", "<", ">=", "+", "-", " div ", " mod ", "..", ".", "::", "child", "ancestor::", "following::",
            "preceding-sibling::", "last()", "position()", "text()", "node()", "$", "'", "\"", "#", "::*", "svg:",
            " ", "normalize-space()", "not(", "lang('en')", "sum(", "round(", "-1", "ä", "‘",
        ]
        let valid = [
            "//div[@id='article']//p[2]", "(//li)[last()]", "//p[contains(concat(' ',normalize-space(@class),' '),' lead ')]",
            "//li[position() > 1 and . != '10']/preceding::*[1]", "id('p2')/following-sibling::*[last()]",
        ]
        var compiled = 0
        for round in 0..<6_000 {
            var expression: String
            if round % 3 == 0 {
                // Mutate a valid expression: drop, duplicate or replace a character.
                var scalars = Array(valid[Int(random.next() % UInt64(valid.count))].unicodeScalars)
                for _ in 0..<(1 + random.next() % 3) where !scalars.isEmpty {
                    let at = Int(random.next() % UInt64(scalars.count))
                    switch random.next() % 3 {
                    case 0: scalars.remove(at: at)
                    case 1: scalars.insert(scalars[at], at: at)
                    default: scalars[at] = Array("[]()'@/.|=,*".unicodeScalars)[Int(random.next() % 12)]
                    }
                }
                expression = String(String.UnicodeScalarView(scalars))
            } else {
                expression = (0..<(1 + random.next() % 10)).map { _ in fragments[Int(random.next() % UInt64(fragments.count))] }.joined()
            }
            guard let xpath = try? XPath.compile(expression) else { continue }
            compiled += 1
            _ = xpath.nodes(in: xpathSamplePage)
            _ = xpath.strings(in: xpathSamplePage, context: Int(random.next() % UInt64(xpathSamplePage.nodeCount)))
            _ = xpath.evaluate(in: xpathSamplePage, context: Int(random.next() % UInt64(xpathSamplePage.nodeCount)))
        }
        // The loop must exercise evaluation, not only the error paths.
        #expect(compiled > 300)
    }
}

/// A small deterministic random generator, so a failing garbled expression can be reproduced.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
