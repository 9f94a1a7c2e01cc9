/// A compiled XPath 1.0 expression, evaluated on Pith's own ``HTMLDocument`` tree.
///
/// Compile once, evaluate on many documents:
/// ```swift
/// let story = try XPath.compile("//div[@id='story']")
/// let nodes = story.nodes(in: document)
/// ```
/// The whole XPath 1.0 language is supported except variables and namespaces (HTML has
/// none): all thirteen axes, every core function, and comparisons with XPath 1.0's node-set
/// semantics. Element and attribute names match case-insensitively, as HTML's do.
///
/// Attributes are XPath nodes during evaluation (`//a[@href]`, `//img/@src`), but
/// ``nodes(in:context:)`` returns tree nodes only and leaves attributes out: a selector that
/// strips what it selects must never remove an element because one of its attributes matched.
/// ``strings(in:context:)`` gives attribute values.
///
/// Pith's tree keeps elements and text, not comments or processing instructions, so
/// `comment()` and `processing-instruction()` match nothing.
public struct XPath: Sendable, Hashable, CustomStringConvertible {
    /// The expression as written.
    public let source: String
    /// The expression's XPath type; ``nodes(in:context:)`` selects something only for node-sets.
    public let resultType: XPathType
    let expression: XPathExpression
    let elementNames: [String]
    let attributeNames: [String]
    /// How many context-independent sub-expressions the evaluator may cache.
    let sharedCount: Int

    /// Parses and checks an expression. Every error (syntax, unknown function, wrong argument
    /// count, a type that XPath 1.0 rejects) surfaces here, so evaluation cannot fail.
    public static func compile(_ expression: String) throws(XPathError) -> XPath {
        let parsed = try XPathParser.parse(expression)
        return XPath(
            source: expression, resultType: parsed.type, expression: parsed.expression,
            elementNames: parsed.elementNames, attributeNames: parsed.attributeNames, sharedCount: parsed.sharedCount)
    }

    private init(
        source: String, resultType: XPathType, expression: XPathExpression,
        elementNames: [String], attributeNames: [String], sharedCount: Int
    ) {
        self.source = source
        self.resultType = resultType
        self.expression = expression
        self.elementNames = elementNames
        self.attributeNames = attributeNames
        self.sharedCount = sharedCount
    }

    public var description: String { source }

    /// Whether the last step of every branch selects attributes (`//img/@src`): such an
    /// expression gives no tree nodes, so it cannot serve as a content or strip selector.
    public var selectsOnlyAttributes: Bool { Self.selectsOnlyAttributes(expression) }

    /// The tree nodes the expression selects, in document order without duplicates;
    /// attributes are left out. Empty for an expression that is not a node-set, and for a
    /// `context` that is not a node of `document`.
    public func nodes(in document: HTMLDocument, context: HTMLDocument.Node? = nil) -> [HTMLDocument.Node] {
        guard resultType == .nodeSet, let start = contextItem(context, in: document) else { return [] }
        let evaluator = makeEvaluator(for: document)
        return evaluator.nodes(expression, start).compactMap { $0.isAttribute ? nil : Int($0.node) }
    }

    /// The first node ``nodes(in:context:)`` would give, if any.
    public func firstNode(in document: HTMLDocument, context: HTMLDocument.Node? = nil) -> HTMLDocument.Node? {
        nodes(in: document, context: context).first
    }

    /// The string-value of each selected node, attributes included (an attribute's value, an
    /// element's text); for an expression of another type, its value as one string.
    public func strings(in document: HTMLDocument, context: HTMLDocument.Node? = nil) -> [String] {
        guard let start = contextItem(context, in: document) else { return [] }
        let evaluator = makeEvaluator(for: document)
        let value = evaluator.evaluate(expression, start)
        if case .nodes(let items) = value { return items.map(evaluator.stringValue) }
        return [evaluator.string(of: value)]
    }

    /// The expression's value: its nodes (as ``nodes(in:context:)`` gives them), or the string,
    /// number or boolean it computes.
    public func evaluate(in document: HTMLDocument, context: HTMLDocument.Node? = nil) -> XPathValue {
        guard let start = contextItem(context, in: document) else { return .nodes([]) }
        let evaluator = makeEvaluator(for: document)
        switch evaluator.evaluate(expression, start) {
        case .nodes(let items): return .nodes(items.compactMap { $0.isAttribute ? nil : Int($0.node) })
        case .string(let text): return .string(text)
        case .number(let value): return .number(value)
        case .boolean(let value): return .boolean(value)
        }
    }

    private func makeEvaluator(for document: HTMLDocument) -> XPathEvaluator {
        XPathEvaluator(
            document: document, elementNames: elementNames, attributeNames: attributeNames, sharedCount: sharedCount)
    }

    private func contextItem(_ node: HTMLDocument.Node?, in document: HTMLDocument) -> XPathContext? {
        let node = node ?? document.root
        guard node >= 0, node < document.nodeCount else { return nil }
        return XPathContext(item: XPathItem(node: node), position: 1, size: 1)
    }

    private static func selectsOnlyAttributes(_ expression: XPathExpression) -> Bool {
        switch expression {
        case .contextAttribute: return true
        case .path(let path):
            if let last = path.steps.last { return last.axis == .attribute }
            if case .nodes(let start) = path.start { return selectsOnlyAttributes(start) }
            return false
        case .filter(let primary, _), .shared(_, let primary): return selectsOnlyAttributes(primary)
        case .union(let left, let right): return selectsOnlyAttributes(left) && selectsOnlyAttributes(right)
        default: return false
        }
    }

    public static func == (lhs: XPath, rhs: XPath) -> Bool { lhs.source == rhs.source }

    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

/// The four XPath 1.0 types. In XPath 1.0 every expression's type is known before evaluation.
public enum XPathType: String, Sendable {
    case nodeSet = "node-set", string, number, boolean
}

/// The value of an XPath expression, as ``XPath/evaluate(in:context:)`` returns it.
public enum XPathValue: Equatable, Sendable {
    /// Tree nodes in document order (attributes left out).
    case nodes([HTMLDocument.Node])
    case string(String)
    case number(Double)
    case boolean(Bool)
}
