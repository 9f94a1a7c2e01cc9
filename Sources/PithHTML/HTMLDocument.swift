/// A parsed HTML page in Pith's compact tree: plain arrays indexed by node number.
///
/// Nodes are numbered in document order (pre-order), so the descendants of node `n` are
/// exactly the nodes `n + 1 ..< subtreeEnd(n)`, a parent always comes before its children,
/// and walking the numbers backwards visits every child before its parent. That is what lets
/// the extractor fold counts up the tree in one loop, with no recursion and no pointers.
///
/// Node 0 is the document root (``HTMLTag/document``). Element names are interned as ``HTMLTag``s and
/// attribute names as ``AttributeName``s; all text and attribute values live as UTF-8 in one
/// byte buffer. The value is immutable and `Sendable`: nothing in it points into libxml2.
public struct HTMLDocument: Sendable {
    /// A node's number. The root is 0.
    public typealias Node = Int

    @usableFromInline var tags: [HTMLTag]
    @usableFromInline var parents: [Int32]
    @usableFromInline var ends: [Int32]
    @usableFromInline var nextSiblings: [Int32]
    /// For a text node: its first byte in `bytes`. For an element: its first attribute.
    @usableFromInline var dataStarts: [Int32]
    /// For a text node: its byte count. For an element: its attribute count.
    @usableFromInline var dataCounts: [Int32]

    @usableFromInline var attributeNames: [AttributeName]
    @usableFromInline var attributeValueStarts: [Int32]
    @usableFromInline var attributeValueLengths: [Int32]

    /// Text content and attribute values, UTF-8.
    public let bytes: [UInt8]

    @usableFromInline var localTagNames: [String]
    @usableFromInline var localAttributeNames: [String]

    init(
        tags: [HTMLTag], parents: [Int32], ends: [Int32], nextSiblings: [Int32],
        dataStarts: [Int32], dataCounts: [Int32],
        attributeNames: [AttributeName], attributeValueStarts: [Int32], attributeValueLengths: [Int32],
        bytes: [UInt8], localTagNames: [String], localAttributeNames: [String]
    ) {
        self.tags = tags
        self.parents = parents
        self.ends = ends
        self.nextSiblings = nextSiblings
        self.dataStarts = dataStarts
        self.dataCounts = dataCounts
        self.attributeNames = attributeNames
        self.attributeValueStarts = attributeValueStarts
        self.attributeValueLengths = attributeValueLengths
        self.bytes = bytes
        self.localTagNames = localTagNames
        self.localAttributeNames = localAttributeNames
    }

    /// The document root.
    public var root: Node { 0 }

    /// How many nodes the tree has (elements and text nodes).
    @inlinable public var nodeCount: Int { tags.count }

    /// The node's tag; ``HTMLTag/text`` for a text node.
    @inlinable public func tag(_ node: Node) -> HTMLTag { tags[node] }

    @inlinable public func isText(_ node: Node) -> Bool { tags[node] == .text }

    @inlinable public func isElement(_ node: Node) -> Bool { tags[node] != .text }

    /// The parent node, or nil for the root.
    @inlinable public func parent(_ node: Node) -> Node? {
        let parent = parents[node]
        return parent < 0 ? nil : Int(parent)
    }

    /// One past the last descendant: the subtree of `node` is `node ..< subtreeEnd(node)`.
    @inlinable public func subtreeEnd(_ node: Node) -> Node { Int(ends[node]) }

    @inlinable public func firstChild(_ node: Node) -> Node? {
        node + 1 < Int(ends[node]) ? node + 1 : nil
    }

    @inlinable public func nextSibling(_ node: Node) -> Node? {
        let next = nextSiblings[node]
        return next < 0 ? nil : Int(next)
    }

    /// The node's children, in document order.
    @inlinable public func children(_ node: Node) -> Children { Children(document: self, parent: node) }

    /// Whether `node` is `ancestor` or lies inside it.
    @inlinable public func isInside(_ node: Node, _ ancestor: Node) -> Bool {
        node >= ancestor && node < Int(ends[ancestor])
    }

    /// The name of a tag, local ones included.
    public func tagName(_ tag: HTMLTag) -> String {
        if let name = tag.knownName { return name }
        let index = Int(tag.rawValue - HTMLTag.firstDocumentLocal)
        return index < localTagNames.count ? localTagNames[index] : tag.description
    }

    /// The name of an attribute, local ones included.
    public func attributeName(_ name: AttributeName) -> String {
        if let known = name.knownName { return known }
        let index = Int(name.rawValue - AttributeName.firstDocumentLocal)
        return index < localAttributeNames.count ? localAttributeNames[index] : name.description
    }

    /// The tag this document uses for `name`, if any element has it.
    public func tag(named name: String) -> HTMLTag? {
        let lower = name.lowercased()
        if let known = HTMLTag.known(lower) { return known }
        return localTagNames.firstIndex(of: lower).map { HTMLTag(rawValue: HTMLTag.firstDocumentLocal + UInt16($0)) }
    }

    /// The attribute name this document uses for `name`, if any element has it.
    public func attributeName(named name: String) -> AttributeName? {
        let lower = name.lowercased()
        if let known = AttributeName.known(lower) { return known }
        return localAttributeNames.firstIndex(of: lower).map {
            AttributeName(rawValue: AttributeName.firstDocumentLocal + UInt16($0))
        }
    }
}

// MARK: - Text

extension HTMLDocument {
    /// The byte range of a text node's content in ``bytes`` (empty for elements).
    @inlinable public func textRange(_ node: Node) -> Range<Int> {
        guard tags[node] == .text else { return 0..<0 }
        let start = Int(dataStarts[node])
        return start..<(start + Int(dataCounts[node]))
    }

    /// A text node's content as it was in the page (entities decoded, whitespace kept).
    public func text(_ node: Node) -> String {
        let range = textRange(node)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// All text inside `node`, concatenated in document order, whitespace kept as is.
    public func textContent(_ node: Node) -> String {
        var utf8: [UInt8] = []
        for descendant in node..<subtreeEnd(node) where tags[descendant] == .text {
            utf8.append(contentsOf: bytes[textRange(descendant)])
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}

// MARK: - Attributes

extension HTMLDocument {
    /// The byte range of an attribute's value in ``bytes``, or nil when the element lacks it.
    @inlinable public func attributeRange(_ name: AttributeName, of node: Node) -> Range<Int>? {
        guard tags[node] != .text else { return nil }
        let first = Int(dataStarts[node])
        for index in first..<(first + Int(dataCounts[node])) where attributeNames[index] == name {
            let start = Int(attributeValueStarts[index])
            return start..<(start + Int(attributeValueLengths[index]))
        }
        return nil
    }

    @inlinable public func hasAttribute(_ name: AttributeName, of node: Node) -> Bool {
        attributeRange(name, of: node) != nil
    }

    /// An attribute's value, or nil when the element lacks it.
    public func attribute(_ name: AttributeName, of node: Node) -> String? {
        attributeRange(name, of: node).map { range in
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
    }

    /// An attribute's value by name (any case), or nil.
    public func attribute(named name: String, of node: Node) -> String? {
        attributeName(named: name).flatMap { attribute($0, of: node) }
    }

    /// Every attribute of an element, in source order.
    public func attributes(of node: Node) -> [(name: String, value: String)] {
        guard tags[node] != .text else { return [] }
        let first = Int(dataStarts[node])
        return (first..<(first + Int(dataCounts[node]))).map { index in
            let start = Int(attributeValueStarts[index])
            let range = start..<(start + Int(attributeValueLengths[index]))
            return (attributeName(attributeNames[index]), String(decoding: bytes[range], as: UTF8.self))
        }
    }
}

// MARK: - Children

extension HTMLDocument {
    /// The children of one node, walked through the sibling links. It holds only the sibling
    /// links, not the document: copying a document retains all of its columns.
    public struct Children: Sequence {
        @usableFromInline let nextSiblings: [Int32]
        @usableFromInline let first: Node?

        @inlinable init(document: HTMLDocument, parent: Node) {
            nextSiblings = document.nextSiblings
            first = document.firstChild(parent)
        }

        @inlinable public func makeIterator() -> Iterator {
            Iterator(nextSiblings: nextSiblings, upcoming: first)
        }

        public struct Iterator: IteratorProtocol {
            @usableFromInline let nextSiblings: [Int32]
            @usableFromInline var upcoming: Node?

            @inlinable init(nextSiblings: [Int32], upcoming: Node?) {
                self.nextSiblings = nextSiblings
                self.upcoming = upcoming
            }

            @inlinable public mutating func next() -> Node? {
                guard let current = upcoming else { return nil }
                let next = nextSiblings[current]
                upcoming = next < 0 ? nil : Int(next)
                return current
            }
        }
    }
}
