import PithHTML

/// Per-node totals over the node's kept subtree, folded bottom-up in one backward pass over
/// the pre-order numbering (children are numbered after their parent, so walking the numbers
/// backwards finishes every child before its parent).
struct Aggregates {
    var chars: [Int32]
    var linkChars: [Float]
    var commas: [Int32]
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    var headingChars: [Int32]
    var embeds: [Int32]

    /// No totals yet: the prepare phase folds them.
    /// An image with words right before and after it inside one parent is a smiley or an
    /// inline icon in a running sentence ("slept through <img alt=":eek:"> not a crumb"), not
    /// a picture: it makes no gallery of a forum post.
    static func sitsInSentence(_ image: Int, facts: PageFacts) -> Bool {
        let document = facts.document
        let before = image - 1
        let after = image + 1
        guard after < document.nodeCount, let parent = document.parent(image) else { return false }
        return [before, after].allSatisfy {
            document.tag($0) == .text && document.parent($0) == parent && facts.textChars[$0] > 0
        }
    }

    static let empty = Aggregates(chars: [], linkChars: [], commas: [], paragraphs: [], images: [], listItems: [],
                                  headingChars: [], embeds: [])

    private init(chars: [Int32], linkChars: [Float], commas: [Int32], paragraphs: [Int32], images: [Int32],
                 listItems: [Int32], headingChars: [Int32], embeds: [Int32]) {
        (self.chars, self.linkChars, self.commas, self.paragraphs) = (chars, linkChars, commas, paragraphs)
        (self.images, self.listItems, self.headingChars, self.embeds) = (images, listItems, headingChars, embeds)
    }

    /// Folds `facts` over the nodes not removed (`removed[n] >= 0` marks a removed subtree root).
    init(facts: PageFacts, removed: [Int32]) {
        let document = facts.document
        let count = document.nodeCount
        var chars = [Int32](repeating: 0, count: count)
        var linkChars = [Float](repeating: 0, count: count)
        var commas = [Int32](repeating: 0, count: count)
        var paragraphs = [Int32](repeating: 0, count: count)
        var images = [Int32](repeating: 0, count: count)
        var listItems = [Int32](repeating: 0, count: count)
        var headingChars = [Int32](repeating: 0, count: count)
        var embeds = [Int32](repeating: 0, count: count)
        // The fold writes eight arrays once per node and once per parent: through buffer
        // pointers, each write is a store, not a uniqueness check and a bounds check.
        // The tags are told apart by a table read once, not by a switch over tag constants of
        // another module, each a call to read.
        let roles = Self.roles
        let textTag = HTMLTag.text
        chars.withUnsafeMutableBufferPointer { chars in
        linkChars.withUnsafeMutableBufferPointer { linkChars in
        commas.withUnsafeMutableBufferPointer { commas in
        paragraphs.withUnsafeMutableBufferPointer { paragraphs in
        images.withUnsafeMutableBufferPointer { images in
        listItems.withUnsafeMutableBufferPointer { listItems in
        headingChars.withUnsafeMutableBufferPointer { headingChars in
        embeds.withUnsafeMutableBufferPointer { embeds in
            var node = count - 1
            while node > 0 {
                defer { node -= 1 }
                if removed[node] >= 0 { continue }
                let tag = document.tag(node)
                if tag == textTag {
                    chars[node] = facts.textChars[node]
                    commas[node] = facts.textCommas[node]
                }
                // What the element itself counts for, once its children are folded in.
                switch Int(tag.rawValue) < roles.count ? roles[Int(tag.rawValue)] : .none {
                case .link:
                    // Readability weighs in-page links (#...) at 0.3: they are tables of contents and
                    // footnotes more often than navigation.
                    let href = document.attributeBytes(.href, of: node)
                    let isFragment = href.first == UInt8(ascii: "#")
                    linkChars[node] = Float(chars[node]) * (isFragment ? 0.3 : 1)
                case .paragraph: paragraphs[node] += 1
                case .image: if !Self.sitsInSentence(node, facts: facts) { images[node] += 1 }
                case .listItem: listItems[node] += 1
                case .heading: headingChars[node] = chars[node]
                case .embed: embeds[node] += 1
                case .none: break
                }
                guard let parent = document.parent(node) else { continue }
                chars[parent] += chars[node]
                linkChars[parent] += linkChars[node]
                commas[parent] += commas[node]
                paragraphs[parent] += paragraphs[node]
                images[parent] += images[node]
                listItems[parent] += listItems[node]
                headingChars[parent] += headingChars[node]
                embeds[parent] += embeds[node]
            }
        }}}}}}}}
        (self.chars, self.linkChars, self.commas, self.paragraphs) = (chars, linkChars, commas, paragraphs)
        (self.images, self.listItems, self.headingChars, self.embeds) = (images, listItems, headingChars, embeds)
    }

    /// What an element itself adds to the totals.
    private enum Role {
        case none, link, paragraph, image, listItem, heading, embed
    }

    /// Roles by tag id; document-local tags have none.
    private static let roles: [Role] = {
        var roles = [Role](repeating: .none, count: HTMLTag.knownNames.count)
        let entries: [(HTMLTag, Role)] = [
            (.a, .link), (.p, .paragraph), (.img, .image), (.li, .listItem),
            (.h1, .heading), (.h2, .heading), (.h3, .heading), (.h4, .heading), (.h5, .heading), (.h6, .heading),
            (.embed, .embed), (.object, .embed), (.iframe, .embed), (.video, .embed), (.audio, .embed),
        ]
        for (tag, role) in entries { roles[Int(tag.rawValue)] = role }
        return roles
    }()

    /// Takes a subtree that was just removed out of its ancestors' totals, without refolding
    /// the whole page.
    mutating func detach(_ node: Int, document: HTMLDocument) {
        // One walk up per total, each through a buffer pointer: the uniqueness check is made
        // once per array, not once per array and ancestor.
        Self.subtract(chars[node], fromAncestorsOf: node, in: &chars, document: document)
        Self.subtract(linkChars[node], fromAncestorsOf: node, in: &linkChars, document: document)
        Self.subtract(commas[node], fromAncestorsOf: node, in: &commas, document: document)
        Self.subtract(paragraphs[node], fromAncestorsOf: node, in: &paragraphs, document: document)
        Self.subtract(images[node], fromAncestorsOf: node, in: &images, document: document)
        Self.subtract(listItems[node], fromAncestorsOf: node, in: &listItems, document: document)
        Self.subtract(headingChars[node], fromAncestorsOf: node, in: &headingChars, document: document)
        Self.subtract(embeds[node], fromAncestorsOf: node, in: &embeds, document: document)
    }

    private static func subtract<Total: Numeric>(_ amount: Total, fromAncestorsOf node: Int, in totals: inout [Total],
                                                 document: HTMLDocument) {
        guard amount != 0 else { return }
        totals.withUnsafeMutableBufferPointer { totals in
            var ancestor = document.parent(node)
            while let current = ancestor {
                totals[current] -= amount
                ancestor = document.parent(current)
            }
        }
    }

    @inline(__always) func linkDensity(_ node: Int) -> Float {
        chars[node] == 0 ? 0 : min(1, linkChars[node] / Float(chars[node]))
    }
}
