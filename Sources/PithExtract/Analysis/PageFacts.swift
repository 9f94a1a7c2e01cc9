import PithHTML
#if canImport(Glibc)
import Glibc
#endif

/// Facts about every node that do not depend on which phases run: computed once per page and
/// shared by every rung of the fallback ladder.
struct PageFacts {
    let document: HTMLDocument
    let rules: BoilerplateRules

    /// Visible characters of each text node (whitespace not counted); 0 for elements.
    private(set) var textChars: [Int32]
    /// Commas in each text node (Latin, CJK and Arabic forms).
    private(set) var textCommas: [Int32]
    /// The rule a node's `class`/`id` tokens hit, or -1.
    private(set) var classRule: [Int32]
    /// Readability-style weight from `class` and `id`: ±25 each.
    private(set) var classWeight: [Int16]
    /// Whether a content token ("article", "content", ...) rescues the node from pruning.
    private(set) var rescued: [Bool]
    /// Whether a hidden-class name ("sr-only", "hidden") hides the node.
    private(set) var hiddenByClass: [Bool]
    /// Whether a strict descendant is named as content (`<article>`, `<main>`, a content token,
    /// `itemprop=articleBody`): such a subtree wraps the article, whatever its own name says.
    private(set) var wrapsNamedContent: [Bool]
    /// Form controls (inputs, buttons, selects, text areas) anywhere in each subtree, hidden
    /// or not: a sign-up box is recognized by its form even though the form itself is dropped.
    private(set) var formControls: [Int32]
    /// E-mail inputs in each subtree.
    private(set) var emailInputs: [Int32]
    /// The `<body>` element (or the root when there is none).
    private(set) var body: Int
    /// Elements marked as recipe ingredients, in document order.
    private(set) var ingredientMarkers: [Int] = []
    /// Link-target rules of `<a>` and `<form>` elements, looked up once per page.
    let linkTargets: LinkTargetCache

    init(document: HTMLDocument, rules: BoilerplateRules) {
        self.document = document
        self.rules = rules
        let count = document.nodeCount
        textChars = Array(repeating: 0, count: count)
        textCommas = Array(repeating: 0, count: count)
        classRule = Array(repeating: -1, count: count)
        classWeight = Array(repeating: 0, count: count)
        rescued = Array(repeating: false, count: count)
        hiddenByClass = Array(repeating: false, count: count)
        formControls = Array(repeating: 0, count: count)
        emailInputs = Array(repeating: 0, count: count)
        wrapsNamedContent = Array(repeating: false, count: count)
        linkTargets = LinkTargetCache(nodeCount: count)
        body = 0
        scan()
        foldIntoAncestors()
    }

    private mutating func scan() {
        let document = self.document
        for node in 0..<document.nodeCount {
            let tag = document.tag(node)
            if tag == .text {
                countText(node)
            } else {
                if tag == .body && body == 0 { body = node }
                classify(node)
            }
        }
    }

    /// Children before parents, in one backward pass: each element's form controls are added
    /// to its parent's, and named content marks its parent as wrapping it.
    private mutating func foldIntoAncestors() {
        // Read once: a method of `self` called from this mutating loop copied the whole struct
        // for each element, and each tag constant of another module is a call to read.
        let document = self.document
        let formControlTags = TagClasses.formControls
        let contentTags = TagClasses.namingContent
        var node = document.nodeCount - 1
        while node > 0 {
            defer { node -= 1 }
            let tag = document.tag(node)
            guard tag != .text, let parent = document.parent(node) else { continue }
            if formControlTags.contains(tag) {
                formControls[node] += 1
                if tag == .input, isEmailInput(node) { emailInputs[node] += 1 }
            }
            // Most elements hold no control and name nothing: reading first spares each array
            // a write (and its uniqueness check) per element.
            if formControls[node] > 0 {
                formControls[parent] += formControls[node]
                emailInputs[parent] += emailInputs[node]
            }
            // `<article>`, `<main>`, a content class token or `itemprop=articleBody`.
            if !wrapsNamedContent[parent] && (wrapsNamedContent[node] || contentTags.contains(tag) || classWeight[node] > 0
                || Self.isArticleBody(node, in: document)) {
                wrapsNamedContent[parent] = true
            }
        }
    }

    private static func mentionsIngredient(_ value: ArraySlice<UInt8>) -> Bool {
        let pattern = Array("ngredient".utf8)
        guard value.count >= pattern.count else { return false }
        return (value.startIndex...(value.endIndex - pattern.count)).contains { start in
            value[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }

    /// The link-target rule of an `<a href>` or `<form action>`, or nil.
    func linkTargetRule(_ node: Int) -> Int32? {
        let cached = linkTargets.rules[node]
        if cached != LinkTargetCache.unknown { return cached < 0 ? nil : cached }
        let tag = document.tag(node)
        let attribute: AttributeName? = tag == .a ? .href : tag == .form ? .action : nil
        var rule: Int32?
        if let attribute, let target = document.attributeRange(attribute, of: node) {
            rule = rules.linkTargetRule(for: document.bytes[target])
        }
        linkTargets.rules[node] = rule ?? -1
        return rule
    }

    /// `itemprop="articleBody"` (any case): the schema.org mark of an article's text.
    func isArticleBody(_ node: Int) -> Bool {
        Self.isArticleBody(node, in: document)
    }

    static func isArticleBody(_ node: Int, in document: HTMLDocument) -> Bool {
        guard let range = document.attributeRange(.itemprop, of: node), range.count >= 11 else { return false }
        let pattern = Array("articlebody".utf8)
        let value = document.bytes[range].map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        return value.indices.contains { start in
            start + pattern.count <= value.count && value[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }

    private func isEmailInput(_ node: Int) -> Bool {
        let type = document.attribute(.type, of: node)?.lowercased()
        if type == "email" { return true }
        let name = (document.attribute(.name, of: node) ?? "") + " " + (document.attribute(.placeholder, of: node) ?? "")
        return name.lowercased().contains("mail")
    }

    private mutating func countText(_ node: Int) {
        let range = document.textRange(node)
        let counts = document.bytes.withUnsafeBufferPointer { Self.textCounts($0, range) }
        textChars[node] = Int32(truncatingIfNeeded: counts.chars)
        textCommas[node] = Int32(truncatingIfNeeded: counts.commas)
    }

    /// Scalars that are not ASCII whitespace (lead bytes above 0x20), and commas in their Latin,
    /// fullwidth and ideographic forms, in `range` of `bytes`.
    ///
    /// A page's text is most of what this phase reads: eight bytes are counted at once, each
    /// count a mask of one bit per byte, while none of the eight can start a CJK comma.
    static func textCounts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (chars: Int, commas: Int) {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var counts = (chars: 0, commas: 0)
        var index = range.lowerBound
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while index + 8 <= range.upperBound, let raw {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Bit 7 of each byte: 0xE3 or above (may start a CJK comma), a continuation byte
            // (10xxxxxx), a byte up to 0x20, a comma. Adding to the low seven bits never carries
            // into the next byte.
            let startsCJK = ((word & low7) &+ 0x1D1D_1D1D_1D1D_1D1D) & word & high
            if startsCJK != 0 {
                for offset in 0..<8 { countByte(bytes, at: index + offset, end: range.upperBound, into: &counts) }
                index += 8
                continue
            }
            let continuation = word & ~(word << 1) & high
            let upTo20 = ~((word & low7) &+ 0x5F5F_5F5F_5F5F_5F5F) & ~word & high
            let notComma = word ^ 0x2C2C_2C2C_2C2C_2C2C
            let commas = ~(((notComma & low7) &+ low7) | notComma) & high
            // The two masks never share a byte; bit counts are worked out in software on this
            // target, so the rare commas are counted only when there are some.
            counts.chars += 8 - (continuation | upTo20).nonzeroBitCount
            if commas != 0 { counts.commas += commas.nonzeroBitCount }
            index += 8
        }
        while index < range.upperBound {
            countByte(bytes, at: index, end: range.upperBound, into: &counts)
            index += 1
        }
        return counts
    }

    /// The counts of ``textCounts(_:_:)`` for one byte.
    @inline(__always) private static func countByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int,
                                                     into counts: inout (chars: Int, commas: Int)) {
        let byte = bytes[index]
        counts.chars &+= (byte > 0x20 ? 1 : 0) & ((byte & 0xC0) != 0x80 ? 1 : 0)
        counts.commas &+= byte == 0x2C ? 1 : 0
        if byte >= 0xE3 {
            if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8C {
                counts.commas += 1  // U+FF0C fullwidth comma
            } else if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 {
                counts.commas += 1  // U+3001 ideographic comma
            }
        }
    }

    /// Utility-class pages hide a block on small screens and show it on large ones
    /// (`hidden lg:flex`, `d-none d-md-block`, `hide-for-small-only`): a desktop reader sees
    /// it, so it is not hidden.
    static func showsAtSomeWidth(_ value: ArraySlice<UInt8>) -> Bool {
        for name in value.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            let text = String(decoding: name, as: UTF8.self).lowercased()
            if let colon = text.lastIndex(of: ":"), visibleDisplays.contains(String(text[text.index(after: colon)...])) { return true }
            if text.hasPrefix("d-"), let last = text.split(separator: "-").last, visibleDisplays.contains(String(last)),
               text.split(separator: "-").count == 3 { return true }
            if text.hasPrefix("visible-") || text.hasPrefix("show-for-") || text.hasPrefix("hide-for-small") { return true }
        }
        return false
    }

    /// An id of four or more words joined by `-` or `_`.
    static func isTextSlug(_ value: ArraySlice<UInt8>) -> Bool {
        var words = 0
        var inWord = false
        for byte in value {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= 4 { return true }
            }
        }
        return false
    }

    /// Display values of responsive show classes (`lg:flex`, `d-md-block`).
    private static let visibleDisplays: Set<String> = [
        "block", "flex", "grid", "inline", "inline-block", "inline-flex", "table", "contents", "flow-root",
    ]

    /// What one `class` or `id` value says, once tokenized.
    fileprivate struct ValueVerdict {
        var rule: Int32 = -1
        var positive = false
        var rescue = false
        var hidden = false
        var ingredient = false
    }

    /// Verdicts by the value's hash: most class values repeat on a page ("menu-item", "col-4").
    private var verdictCache = VerdictCache()
    /// Verdicts by single class name, for values not seen whole before.
    private var nameVerdictCache = VerdictCache()

    private mutating func classify(_ node: Int) {
        if let itemprop = document.attributeRange(.itemprop, of: node), Self.mentionsIngredient(document.bytes[itemprop]) {
            ingredientMarkers.append(node)
        }
        // Two calls rather than a loop over `[.class, .id]`: that array was allocated anew for
        // every element of every page.
        classify(node, by: .class)
        // A heading's id is an anchor made from its words (`nav_nur_die_folie`, `related-work`):
        // it names the heading's text, not a kind of block.
        if !TagClasses.headings.contains(document.tag(node)) { classify(node, by: .id) }
    }

    private mutating func classify(_ node: Int, by name: AttributeName) {
        guard let range = document.attributeRange(name, of: node), !range.isEmpty else { return }
        let value = document.bytes[range]
        // Documentation generators and editors slug section ids from the heading
        // ("sharing-with-multiple-developers"): four words or more name text, not a component.
        if name == .id && Self.isTextSlug(value) { return }
        let verdict = self.verdict(for: range, cached: name == .class)
        if verdict.hidden && !(name == .class && Self.showsAtSomeWidth(value)) { hiddenByClass[node] = true }
        if verdict.rescue { rescued[node] = true }
        if verdict.ingredient, ingredientMarkers.last != node { ingredientMarkers.append(node) }
        if verdict.rule >= 0 {
            classWeight[node] -= 25
            if classRule[node] < 0 { classRule[node] = verdict.rule }
        }
        if verdict.positive { classWeight[node] += 25 }
    }

    /// The verdict on the value at `range` of the document's bytes; `cached` values are looked
    /// up by their bytes first.
    private mutating func verdict(for range: Range<Int>, cached: Bool) -> ValueVerdict {
        guard cached else { return tokenVerdict(document.bytes[range]) }
        let key = document.bytes.withUnsafeBufferPointer { VerdictCache.hash(UnsafeBufferPointer(rebasing: $0[range])) }
        if let known = verdictCache.value(for: key, range: range, in: document.bytes) { return known }
        // A value is a list of names, and its verdict is theirs in order: the first rule any of
        // them names, and each flag any of them sets. Names repeat across a page's values far
        // more often than whole values do, so a new value is mostly made of names already judged.
        var verdict = ValueVerdict()
        var nameStart = range.lowerBound
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || ClassTokens.isSpace(document.bytes[index]) {
                if index > nameStart {
                    let name = nameVerdict(nameStart..<index)
                    if verdict.rule < 0 { verdict.rule = name.rule }
                    verdict.hidden = verdict.hidden || name.hidden
                    verdict.positive = verdict.positive || name.positive
                    verdict.rescue = verdict.rescue || name.rescue
                    verdict.ingredient = verdict.ingredient || name.ingredient
                }
                nameStart = index + 1
            }
            index += 1
        }
        verdictCache.insert(verdict, for: key, range: range)
        return verdict
    }

    /// The verdict on one class name (no whitespace inside), cached by its bytes.
    private mutating func nameVerdict(_ range: Range<Int>) -> ValueVerdict {
        let key = document.bytes.withUnsafeBufferPointer { VerdictCache.hash(UnsafeBufferPointer(rebasing: $0[range])) }
        if let known = nameVerdictCache.value(for: key, range: range, in: document.bytes) { return known }
        let verdict = tokenVerdict(document.bytes[range])
        nameVerdictCache.insert(verdict, for: key, range: range)
        return verdict
    }

    /// What the tokens, pairs and triples of `value` hit in the class-token table.
    private func tokenVerdict(_ value: ArraySlice<UInt8>) -> ValueVerdict {
        var verdict = ValueVerdict()
        // The two tables the closure reads, not a copy of the whole rule set (a retain of each
        // of its tables per call).
        let tokenInfo = rules.classTokenInfo
        let ruleList = rules.rules
        ClassTokens.forEachKey(in: value) { token, isWholeName in
            guard let info = tokenInfo[token] else { return true }
            if info.rule >= 0 {
                if ruleList[Int(info.rule)].category == .hidden {
                    if isWholeName { verdict.hidden = true }
                } else if verdict.rule < 0 {
                    verdict.rule = info.rule
                }
            }
            if info.positive { verdict.positive = true }
            if info.rescue { verdict.rescue = true }
            if info.ingredient { verdict.ingredient = true }
            return true
        }
        return verdict
    }
}

/// The verdicts of one page's `class` values, by the value's bytes: an open-addressing table
/// keyed by a hash read eight bytes at a time, each hit confirmed against the bytes of the value
/// it was made for (a range of the same document). A `Dictionary` keyed by a byte-at-a-time
/// FNV hash cost a multiply per byte and a SipHash per element.
private struct VerdictCache {
    /// One entry: the value's hash, where its bytes are, and its verdict. One array of these
    /// rather than one per field: an insert is one write, not four.
    private struct Slot {
        var key: UInt64 = 0
        var start: Int32 = 0
        /// The value's byte count; -1 for an empty slot.
        var count: Int32 = -1
        var verdict = PageFacts.ValueVerdict()
    }

    private var slots = [Slot](repeating: Slot(), count: 256)
    private var filled = 0

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(base[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }

    func value(for key: UInt64, range: Range<Int>, in bytes: [UInt8]) -> PageFacts.ValueVerdict? {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while slots[index].count >= 0 {
            let slot = slots[index]
            if slot.key == key && Int(slot.count) == range.count {
                let start = Int(slot.start)
                let same = bytes.withUnsafeBufferPointer { buffer in
                    memcmp(buffer.baseAddress! + start, buffer.baseAddress! + range.lowerBound, range.count) == 0
                }
                if same { return slot.verdict }
            }
            index = (index + 1) & mask
        }
        return nil
    }

    mutating func insert(_ verdict: PageFacts.ValueVerdict, for key: UInt64, range: Range<Int>) {
        if (filled + 1) * 2 > slots.count { grow() }
        place(Slot(key: key, start: Int32(truncatingIfNeeded: range.lowerBound), count: Int32(truncatingIfNeeded: range.count),
                   verdict: verdict))
        filled += 1
    }

    /// Puts `slot` in the first free place from its key's.
    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot.key) & mask
        while slots[index].count >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.count >= 0 { place(slot) }
    }
}

/// Memoized link-target lookups for one page (a block and each block around it ask about the
/// same links): one slot per node, read by index rather than hashed into a dictionary.
final class LinkTargetCache {
    /// A node not looked up yet; -1 is a node with no link-target rule.
    static let unknown: Int32 = -2
    var rules: [Int32]

    init(nodeCount: Int) {
        rules = Array(repeating: Self.unknown, count: nodeCount)
    }
}
