// The compiled form of an XPath expression: a small tree the evaluator walks.
//
// Names in node tests are stored as indexes into the expression's name tables, because what
// a name means (an `HTMLTag` or `AttributeName` id) depends on the document: names that are
// not built in are interned per document.

/// An XPath 1.0 axis: which nodes a step looks at, relative to each context node.
enum XPathAxis: String, CaseIterable, Sendable {
    case ancestor, ancestorOrSelf = "ancestor-or-self", attribute, child, descendant
    case descendantOrSelf = "descendant-or-self", following, followingSibling = "following-sibling"
    case namespace, parent, preceding, precedingSibling = "preceding-sibling", `self`

    /// Reverse axes number their nodes from the context node backwards, so `[1]` is the nearest.
    var isReverse: Bool {
        switch self {
        case .ancestor, .ancestorOrSelf, .preceding, .precedingSibling: true
        default: false
        }
    }

    static let allNames = allCases.map(\.rawValue).joined(separator: ", ")
}

/// What a step keeps of the nodes on its axis.
enum XPathNodeTest: Equatable, Sendable {
    /// A name, lowercased; the index points into the element or attribute name table,
    /// depending on the step's axis.
    case name(Int)
    /// `*`: every node of the axis's principal type (elements; attributes on the attribute axis).
    case anyName
    /// `text()`.
    case text
    /// `node()`: every node.
    case node
    /// `comment()` and `processing-instruction()`: Pith's tree keeps neither, so nothing matches.
    case none
}

/// How a predicate uses the position of the node it filters; decides how it can be evaluated.
enum XPathPredicateKind: Equatable, Sendable {
    /// `[3]`: keep the node at that position.
    case index(Int)
    /// `[last()]`.
    case last
    /// Depends on `position()`, `last()` or yields a number: needs the whole candidate list.
    case positional
    /// A plain test of each node on its own.
    case filter
}

/// One `[...]` of a step or filter expression.
struct XPathPredicate: Sendable {
    var expression: XPathExpression
    var kind: XPathPredicateKind
}

/// One location step: `axis::test[predicate]...`.
struct XPathStep: Sendable {
    var axis: XPathAxis
    var test: XPathNodeTest
    var predicates: [XPathPredicate]

    /// Whether every predicate judges each node alone, so the step may skip redundant work.
    var hasOnlyFilters: Bool { predicates.allSatisfy { $0.kind == .filter } }
}

/// Where a location path starts.
indirect enum XPathPathStart: Sendable {
    /// `/...`: the document root.
    case root
    /// A relative path: the context node.
    case context
    /// `(expr)/...`, `id('x')//p`: the nodes of a filter expression.
    case nodes(XPathExpression)
}

/// A location path: a start and steps applied in turn.
struct XPathPath: Sendable {
    var start: XPathPathStart
    var steps: [XPathStep]
}

/// Binary operators, grouped by how they evaluate.
enum XPathOperator: String, Sendable {
    case or, and
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case plus = "+", minus = "-", multiply = "*", divide = "div", modulo = "mod"

    /// `=`, `!=`, `<`, `<=`, `>`, `>=`.
    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: true
        default: false
        }
    }

    /// `+`, `-`, `*`, `div`, `mod`.
    var isArithmetic: Bool { self != .or && self != .and && !isComparison }
}

/// A compiled expression.
indirect enum XPathExpression: Sendable {
    case literal(String)
    case number(Double)
    /// `@name` relative to the context node (a node-set of at most one attribute), kept apart
    /// from general paths because rules test attributes on almost every candidate node.
    case contextAttribute(Int)
    case path(XPathPath)
    /// A primary expression with predicates, e.g. `(//p)[1]`.
    case filter(XPathExpression, [XPathPredicate])
    case union(XPathExpression, XPathExpression)
    case negate(XPathExpression)
    case binary(XPathOperator, XPathExpression, XPathExpression)
    case call(XPathFunction, [XPathExpression])
    /// `contains(concat(' ', normalize-space(@name), ' '), ' token ')`, XPath's spelling of
    /// CSS's `.token`: whether `token` is one of the attribute's whitespace-separated words.
    /// Site rules use it on every element, so it is recognised and evaluated without strings.
    case attributeHasToken(Int, [UInt8])
    /// An absolute path, whose nodes do not depend on the context: evaluated once per
    /// evaluation and kept in the given cache slot, so `//p[. = //h1]` stays linear.
    case shared(Int, XPathExpression)
}
