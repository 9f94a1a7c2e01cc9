/// Builds an ``HTMLDocument`` from the parser's start/end/text events.
///
/// The builder owns its own stack of open elements rather than trusting libxml2's, for one
/// reason: libxml2 2.9.14 applies HTML4's rules, under which an HTML5 block (`<section>`,
/// `<figure>`, ...) does not close an open `<p>`. Browsers close it, and so does the builder;
/// libxml2's later end event for that `<p>` then finds nothing open and is ignored.
///
/// It knows nothing of libxml2: names and bytes arrive as buffers valid for one call.
struct TreeBuilder {
    /// The nodes as records while the tree grows, split into the document's columns once at
    /// the end: one append per node instead of six (each array append pays its own uniqueness
    /// and capacity checks, which made appending a node cost about 190 instructions).
    private var nodes: [Node] = []
    private var attributeNames: [AttributeName] = []
    private var attributeValueStarts: [Int32] = []
    private var attributeValueLengths: [Int32] = []
    private var bytes: [UInt8] = []

    private var localTags: [String: UInt16] = [:]
    private var localTagNames: [String] = []
    private var localAttributes: [String: UInt16] = [:]
    private var localAttributeNames: [String] = []

    /// Open elements, innermost last, with the last child appended to each.
    private var openNodes: [Int32] = []
    private var lastChildren: [Int32] = []
    /// Whether text inside the current raw-text element (script, style) is kept.
    private var keepsRawText = false
    /// The `<body>` element, once there is one, and whether it has been closed.
    private var bodyNode: Int32 = -1
    private var bodyClosed = false
    /// The stack depth of the open `<head>`, or -1.
    private var headDepth = -1

    /// The tag sets read on every start tag, held by the builder: reading a static `let`
    /// costs a `swift_once` check per access, a function call on Linux.
    private let headElements = TreeBuilder.headElementSet
    private let closesOpenParagraph = TreeBuilder.closesOpenParagraphSet
    private let paragraphScopeBoundaries = TreeBuilder.paragraphScopeBoundarySet

    init(expectedBytes: Int) {
        let estimatedNodes = max(64, expectedBytes / 24)
        nodes.reserveCapacity(estimatedNodes)
        bytes.reserveCapacity(expectedBytes / 2)
        appendNode(tag: .document, parent: -1, dataStart: 0, dataCount: 0)
        openNodes.append(0)
        lastChildren.append(-1)
    }

    /// Names seen during this parse, by address. libxml2 interns element and attribute names in
    /// its dictionary for the duration of a parse, so one address always means one name and the
    /// string is decoded once per distinct name instead of once per event.
    private var nameCacheKeys = [UInt](repeating: 0, count: 1 << TreeBuilder.nameCacheBits)
    private var nameCacheValues = [UInt16](repeating: 0, count: 1 << TreeBuilder.nameCacheBits)
    private static let nameCacheBits = 9

    // MARK: Interning

    /// The tag for a NUL-terminated lowercase element name whose bytes stay at one address for
    /// the whole parse.
    mutating func tag(forInterned name: UnsafePointer<UInt8>) -> HTMLTag {
        HTMLTag(rawValue: cachedName(name, isAttribute: false))
    }

    /// The attribute name for NUL-terminated lowercase bytes that stay at one address for the
    /// whole parse.
    mutating func attributeName(forInterned name: UnsafePointer<UInt8>) -> AttributeName {
        AttributeName(rawValue: cachedName(name, isAttribute: true))
    }

    private mutating func cachedName(_ name: UnsafePointer<UInt8>, isAttribute: Bool) -> UInt16 {
        // Tags and attributes share the cache; the low bit of the key tells them apart.
        let key = UInt(bitPattern: name) &<< 1 | (isAttribute ? 1 : 0)
        // The top bits of a multiplicative hash: libxml2 packs short names a few bytes apart,
        // and slots taken from shifted address bits made such neighbours evict each other
        // (four misses in five were these).
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (UInt(UInt.bitWidth) - UInt(Self.nameCacheBits)))
        if nameCacheKeys[slot] == key { return nameCacheValues[slot] }
        var count = 0
        while name[count] != 0 { count += 1 }
        let bytes = UnsafeBufferPointer(start: name, count: count)
        let value = isAttribute ? attributeName(for: bytes).rawValue : tag(for: bytes).rawValue
        nameCacheKeys[slot] = key
        nameCacheValues[slot] = value
        return value
    }

    /// Known names by their bytes: most names a page uses are known, and resolve without a
    /// `String`. Read once per builder, not through a static on every miss.
    private let knownTags = TreeBuilder.knownTagTable
    private let knownAttributes = TreeBuilder.knownAttributeTable
    private static let knownTagTable = KnownNameTable(HTMLTag.knownNames)
    private static let knownAttributeTable = KnownNameTable(AttributeName.knownNames)

    /// The tag for a lowercase element name.
    mutating func tag(for name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        if let known = knownTags.id(for: name) { return HTMLTag(rawValue: known) }
        // Every known name is lowercase ASCII, so a name the byte table lacks is document-local.
        let string = String(decoding: name, as: UTF8.self)
        if let local = localTags[string] { return HTMLTag(rawValue: local) }
        let id = HTMLTag.firstDocumentLocal &+ UInt16(truncatingIfNeeded: localTagNames.count)
        localTags[string] = id
        localTagNames.append(string)
        return HTMLTag(rawValue: id)
    }

    /// The interned id for a lowercase attribute name.
    mutating func attributeName(for name: UnsafeBufferPointer<UInt8>) -> AttributeName {
        if let known = knownAttributes.id(for: name) { return AttributeName(rawValue: known) }
        let string = String(decoding: name, as: UTF8.self)
        if let local = localAttributes[string] { return AttributeName(rawValue: local) }
        let id = AttributeName.firstDocumentLocal &+ UInt16(truncatingIfNeeded: localAttributeNames.count)
        localAttributes[string] = id
        localAttributeNames.append(string)
        return AttributeName(rawValue: id)
    }

    // MARK: Events

    /// Opens an element, unless it repeats a `<body>` that is already open (returns false: its
    /// attributes must then be skipped). Call ``addAttribute(_:value:)`` for each attribute next.
    ///
    /// A body element that libxml2 files under `<head>` (HTML4 does not know `<header>` or
    /// `<main>`, so a page that omits the optional `<body>` tag would lose everything) closes
    /// the head and opens an implied body, as browsers do.
    @discardableResult
    mutating func startElement(_ tag: HTMLTag) -> Bool {
        if tag == .body && bodyNode >= 0 && !bodyClosed { return false }
        if headDepth >= 0 && !headElements.contains(tag.rawValue) {
            close(downTo: headDepth)
            if bodyNode < 0 && tag != .body { openImpliedBody() }
        }
        if closesOpenParagraph.contains(tag.rawValue) { closeOpenParagraph() }
        let node = appendChild(tag: tag, dataStart: Int32(attributeNames.count), dataCount: 0)
        openNodes.append(node)
        lastChildren.append(-1)
        keepsRawText = false
        if tag == .body && bodyNode < 0 { bodyNode = node }
        if tag == .head && headDepth < 0 { headDepth = openNodes.count - 1 }
        return true
    }

    private mutating func openImpliedBody() {
        let node = appendChild(tag: .body, dataStart: Int32(attributeNames.count), dataCount: 0)
        openNodes.append(node)
        lastChildren.append(-1)
        bodyNode = node
    }

    /// What may stay inside `<head>`; anything else starts the body.
    private static let headElementSet = TagSet([
        .html, .head, .title, .meta, .link, .base, .style, .script, .noscript, .template,
    ])

    /// Adds an attribute to the element opened last. A repeated name keeps its first value,
    /// as browsers do.
    mutating func addAttribute(_ name: AttributeName, value: UnsafeBufferPointer<UInt8>) {
        let node = Int(openNodes[openNodes.count - 1])
        let first = Int(nodes[node].dataStart)
        for index in first..<attributeNames.count where attributeNames[index] == name { return }
        attributeNames.append(name)
        attributeValueStarts.append(Int32(bytes.count))
        attributeValueLengths.append(Int32(value.count))
        bytes.append(contentsOf: value)
        nodes[node].dataCount += 1
        if nodes[node].tag == .script, name == .type {
            keepsRawText = Self.isStructuredDataType(value)
        }
    }

    /// Closes the innermost open element with this tag and everything opened inside it. An end
    /// tag with no matching open element is ignored.
    mutating func endElement(_ tag: HTMLTag) {
        var depth = openNodes.count - 1
        while depth > 0, nodes[Int(openNodes[depth])].tag != tag { depth -= 1 }
        guard depth > 0 else { return }
        close(downTo: depth)
    }

    /// Appends text to the current element, merging with a text node just before it.
    mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        let last = lastChildren[lastChildren.count - 1]
        if last >= 0, nodes[Int(last)].tag == .text,
           Int(nodes[Int(last)].dataStart + nodes[Int(last)].dataCount) == bytes.count {
            bytes.append(contentsOf: text)
            nodes[Int(last)].dataCount += Int32(text.count)
            return
        }
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text)
        let node = appendChild(tag: .text, dataStart: start, dataCount: Int32(text.count))
        nodes[Int(node)].end = node + 1
    }

    /// Whether ``rawText(_:)`` would drop all the text of the element just opened with `tag`
    /// and its attributes: a style, or a script that is not JSON-LD.
    func dropsRawText(of tag: HTMLTag) -> Bool {
        tag == .style || (tag == .script && !keepsRawText)
    }

    /// Raw text of script and style elements: kept only for structured data (JSON-LD).
    mutating func rawText(_ text: UnsafeBufferPointer<UInt8>) {
        let current = nodes[Int(openNodes[openNodes.count - 1])].tag
        if current == .script || current == .style {
            if keepsRawText { characters(text) }
        } else {
            characters(text)
        }
    }

    /// Closes whatever is still open and returns the finished document.
    mutating func finish() -> HTMLDocument {
        if openNodes.count > 1 { close(downTo: 1) }
        nodes[0].end = Int32(nodes.count)
        return nodes.withUnsafeBufferPointer { nodes in HTMLDocument(
            tags: Self.column(nodes) { $0.tag }, parents: Self.column(nodes) { $0.parent },
            ends: Self.column(nodes) { $0.end }, nextSiblings: Self.column(nodes) { $0.nextSibling },
            dataStarts: Self.column(nodes) { $0.dataStart }, dataCounts: Self.column(nodes) { $0.dataCount },
            attributeNames: attributeNames, attributeValueStarts: attributeValueStarts,
            attributeValueLengths: attributeValueLengths, bytes: bytes,
            localTagNames: localTagNames, localAttributeNames: localAttributeNames
        ) }
    }

    /// One field of every node, in order. (`map` over a key path cost about fourteen
    /// instructions a node; this loop a few.)
    private static func column<Field>(_ nodes: UnsafeBufferPointer<Node>, _ field: (Node) -> Field) -> [Field] {
        [Field](unsafeUninitializedCapacity: nodes.count) { column, initialized in
            for index in nodes.indices { (column.baseAddress! + index).initialize(to: field(nodes[index])) }
            initialized = nodes.count
        }
    }

    // MARK: Tree surgery

    private mutating func appendNode(tag: HTMLTag, parent: Int32, dataStart: Int32, dataCount: Int32) {
        nodes.append(Node(tag: tag, parent: parent, end: -1, nextSibling: -1, dataStart: dataStart, dataCount: dataCount))
    }

    private mutating func appendChild(tag: HTMLTag, dataStart: Int32, dataCount: Int32) -> Int32 {
        let node = Int32(nodes.count)
        let parent = openNodes[openNodes.count - 1]
        appendNode(tag: tag, parent: parent, dataStart: dataStart, dataCount: dataCount)
        let previous = lastChildren[lastChildren.count - 1]
        if previous >= 0 { nodes[Int(previous)].nextSibling = node }
        lastChildren[lastChildren.count - 1] = node
        return node
    }

    /// Pops open elements until only `depth` remain below them, recording where each ends.
    private mutating func close(downTo depth: Int) {
        let end = Int32(nodes.count)
        while openNodes.count > depth {
            let node = openNodes.removeLast()
            nodes[Int(node)].end = end
            lastChildren.removeLast()
            if node == bodyNode { bodyClosed = true }
        }
        if headDepth >= openNodes.count { headDepth = -1 }
        keepsRawText = false
    }

    /// Closes an open `<p>` the way a browser does when a block starts: only if the `p` is in
    /// "button scope", i.e. not behind a table cell, caption, button or similar boundary.
    private mutating func closeOpenParagraph() {
        var depth = openNodes.count - 1
        while depth > 0 {
            let tag = nodes[Int(openNodes[depth])].tag
            if tag == .p {
                close(downTo: depth)
                return
            }
            if paragraphScopeBoundaries.contains(tag.rawValue) { return }
            depth -= 1
        }
    }

    /// HTML5 block elements that close an open `<p>` in browsers but not in libxml2 2.9.14.
    private static let closesOpenParagraphSet = TagSet([
        .article, .aside, .details, .dialog, .figcaption, .figure, .footer, .header, .hgroup,
        .main, .nav, .section, .summary, .menu, .search, .address, .fieldset,
    ])

    private static let paragraphScopeBoundarySet = TagSet([
        .td, .th, .table, .caption, .button, .object, .html, .template,
    ])

    /// `application/ld+json`, in any case.
    private static func isStructuredDataType(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let pattern = Array("ld+json".utf8)
        guard value.count >= pattern.count else { return false }
        for start in 0...(value.count - pattern.count) {
            var matches = true
            for offset in 0..<pattern.count where (value[start + offset] | 0x20) != pattern[offset] && value[start + offset] != pattern[offset] {
                matches = false
                break
            }
            if matches { return true }
        }
        return false
    }
}

/// One node while the tree is built: the fields ``HTMLDocument`` keeps in parallel arrays.
private struct Node {
    var tag: HTMLTag
    var parent: Int32
    /// One past the node's last descendant; -1 while it is open.
    var end: Int32
    var nextSibling: Int32
    /// Text: the range in the byte store. Element: the first attribute and how many.
    var dataStart: Int32
    var dataCount: Int32
}

/// A set of known tags as a bit table: one lookup per start tag, no hashing.
struct TagSet {
    private var bits = [Bool](repeating: false, count: HTMLTag.knownNames.count)

    init(_ tags: [HTMLTag]) {
        for tag in tags { bits[Int(tag.rawValue)] = true }
    }

    @inline(__always) func contains(_ rawValue: UInt16) -> Bool {
        Int(rawValue) < bits.count && bits[Int(rawValue)]
    }
}
