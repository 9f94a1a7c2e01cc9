import Testing
import PithHTML

/// Functions, operators and conversions, checked through `evaluate` on the sample page.
@Suite struct XPathValueTests {
    static let stringCases: [(String, String)] = [
        ("string(//h1)", "Title"),
        ("string(//p)", "First bold para"),
        ("string(//nothing)", ""),
        ("concat('a', 'b', 'c')", "abc"),
        ("substring('12345', 2, 3)", "234"),
        ("substring('12345', 2)", "2345"),
        ("substring('12345', 1.5, 2.6)", "234"),
        ("substring('12345', 0, 3)", "12"),
        ("substring('12345', 0 div 0, 3)", ""),
        ("substring('12345', 1, 0 div 0)", ""),
        ("substring('12345', -42, 1 div 0)", "12345"),
        ("substring('12345', -1 div 0, 1 div 0)", ""),
        ("substring('Привет', 2, 3)", "рив"),
        ("substring-before('1999/04/01', '/')", "1999"),
        ("substring-after('1999/04/01', '/')", "04/01"),
        ("substring-after('abc', '')", "abc"),
        ("substring-before('abc', '')", ""),
        ("substring-after('abc', 'x')", ""),
        ("substring-after('naïve café', 'ï')", "ve café"),
        ("normalize-space('  a \t b\n ')", "a b"),
        ("normalize-space(//div[@id='promo']/@class)", "promo box"),
        ("translate('bar', 'abc', 'ABC')", "BAr"),
        ("translate('--aaa--', 'abc-', 'ABC')", "AAA"),
        ("translate('aba', 'aa', 'xy')", "xbx"),
        ("name(//a/@href)", "href"),
        ("name(//p)", "p"),
        ("local-name(//text())", ""),
        ("namespace-uri(//p)", ""),
        ("string(1 div 0)", "Infinity"),
        ("string(-1 div 0)", "-Infinity"),
        ("string(0 div 0)", "NaN"),
        ("string(-0)", "0"),
        ("string(1.5)", "1.5"),
        ("string(-2.25)", "-2.25"),
        ("string(1000000)", "1000000"),
        ("string(0.1 + 0.2)", "0.30000000000000004"),
        ("string(12345678901234567890)", "12345678901234567000"),
        ("string(0.000001)", "0.000001"),
        ("string(1 = 1)", "true"),
        ("string(//li[3] * 2)", "20"),
    ]

    static let numberCases: [(String, Double)] = [
        ("count(//p)", 5),
        ("count(//p | //p)", 5),
        ("count(//li[. > 1])", 2),
        ("sum(//li)", 13),
        ("string-length('Привет')", 6),
        ("string-length(//h1)", 5),
        ("round(2.5)", 3),
        ("round(-2.5)", -2),
        ("round(2.4)", 2),
        ("floor(-1.5)", -2),
        ("ceiling(1.2)", 2),
        ("number(' 12 ')", 12),
        ("number('-.5')", -0.5),
        ("number('7.')", 7),
        ("number(true())", 1),
        ("number(//li[2])", 2),
        ("7 mod 3", 1),
        ("-7 mod 3", -1),
        ("5 mod -2", 1),
        ("-3 * -2", 6),
        ("1 - -1", 2),
        ("1--1", 2),
        ("2 + 3 * 4", 14),
        ("(2 + 3) * 4", 20),
        ("10 div 4", 2.5),
        ("1 div 0", .infinity),
        ("count(//li[position() < 3])", 2),
        ("count(//*)", 24),
    ]

    static let notANumberCases = ["number('1e3')", "number('')", "number('+1')", "number('1.2.3')", "number(//h1)", "0 div 0", "sum(//p)"]

    static let booleanCases: [(String, Bool)] = [
        ("1 = '1'", true),
        ("true() = 'false'", true),
        ("'abc' = 'abc'", true),
        ("'abc' != 'abd'", true),
        ("2 > '10'", false),
        ("'2' < '10'", true),
        ("1 < 2 = true()", true),
        ("//li = 2", true),
        ("//li != 2", true),
        ("2 = //li", true),
        ("5 < //li", true),
        ("//li > 5", true),
        ("//li > 10", false),
        ("//li != //li", true),
        ("//h1 = //h1", true),
        ("//nothing = //nothing", false),
        ("//nothing != 'x'", false),
        ("//nothing = ''", false),
        ("//li > //h1", false),
        ("//li < //li", true),
        ("//li >= //li", true),
        ("//p = true()", true),
        ("//nothing = false()", true),
        ("boolean('')", false),
        ("boolean('0')", true),
        ("boolean(0)", false),
        ("boolean(0 div 0)", false),
        ("boolean(//p)", true),
        ("not(//nothing)", true),
        ("starts-with('prefix', 'pre')", true),
        ("starts-with('prefix', 'fix')", false),
        ("contains('', '')", true),
        ("contains('abc', '')", true),
        ("contains('', 'a')", false),
        ("contains(//p[@id='p1'], 'bold para')", true),
        ("0 div 0 = 0 div 0", false),
        ("0 div 0 != 0 div 0", true),
        ("true() and false() or true()", true),
        ("false() and (1 div 0 > 0)", false),
        ("lang('en')", false),
    ]

    @Test(arguments: stringCases)
    func computesString(_ expression: String, _ expected: String) throws {
        #expect(try XPath.compile(expression).evaluate(in: xpathSamplePage) == .string(expected), "\(expression)")
    }

    @Test(arguments: numberCases)
    func computesNumber(_ expression: String, _ expected: Double) throws {
        #expect(try XPath.compile(expression).evaluate(in: xpathSamplePage) == .number(expected), "\(expression)")
    }

    @Test(arguments: notANumberCases)
    func computesNaN(_ expression: String) throws {
        let value = try XPath.compile(expression).evaluate(in: xpathSamplePage)
        guard case .number(let number) = value else {
            Issue.record("\(expression) gave \(value)")
            return
        }
        #expect(number.isNaN, "\(expression)")
    }

    @Test(arguments: booleanCases)
    func computesBoolean(_ expression: String, _ expected: Bool) throws {
        #expect(try XPath.compile(expression).evaluate(in: xpathSamplePage) == .boolean(expected), "\(expression)")
    }

    @Test func roundKeepsNegativeZero() throws {
        let value = try XPath.compile("round(-0.4)").evaluate(in: xpathSamplePage)
        guard case .number(let number) = value else {
            Issue.record("round(-0.4) gave \(value)")
            return
        }
        #expect(number == 0 && number.sign == .minus)
        #expect(try XPath.compile("1 div round(-0.4)").evaluate(in: xpathSamplePage) == .number(-.infinity))
    }

    @Test func nonNodeSetExpressionsSelectNoNodes() throws {
        #expect(try XPath.compile("count(//p)").nodes(in: xpathSamplePage).isEmpty)
        #expect(try XPath.compile("'//p'").nodes(in: xpathSamplePage).isEmpty)
    }
}
