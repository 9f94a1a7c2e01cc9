// Location paths: walking axes over the pre-order numbering, node tests, predicates.

/// A node test resolved against one document.
enum XPathMatcher {
    case tag(HTMLTag)
    case anyElement
    case text
    case anyNode
    case attribute(AttributeName)
    case anyAttribute
    case nothing
}

extension XPathEvaluator {
    func evaluatePath(_ path: XPathPath, _ context: XPathContext) -> [XPathItem] {
        var selected: [XPathItem]
        switch path.start {
        case .root: selected = [XPathItem(node: 0)]
        case .context: selected = [context.item]
        case .nodes(let expression): selected = nodes(expression, context)
        }
        var index = 0
        while index < path.steps.count, !selected.isEmpty {
            let step = path.steps[index]
            if index + 1 < path.steps.count, Self.isAnyDescendantOrSelf(step), path.steps[index + 1].axis == .child {
                // `//p[2]`: only parents of some `p` can give a result, so skip the others.
                selected = parentsOfMatches(of: path.steps[index + 1], inside: selected)
            } else {
                selected = apply(step, to: selected)
            }
            index += 1
        }
        return selected
    }

    private static func isAnyDescendantOrSelf(_ step: XPathStep) -> Bool {
        step.axis == .descendantOrSelf && step.test == .node && step.predicates.isEmpty
    }

    /// The nodes of `descendant-or-self::node()` from `contexts` that have a child matching
    /// `childStep`'s node test, in document order: the only contexts from which that child
    /// step selects anything.
    private func parentsOfMatches(of childStep: XPathStep, inside contexts: [XPathItem]) -> [XPathItem] {
        let matcher = matcher(for: childStep)
        if case .nothing = matcher { return [] }
        var parents: [XPathItem] = []
        var coveredEnd = -1
        for context in contexts where !context.isAttribute && Int(context.node) >= coveredEnd {
            let node = Int(context.node)
            coveredEnd = document.subtreeEnd(node)
            walk(.descendant, from: context, matching: matcher) { child in
                let parent = Int(document.parents[Int(child.node)])
                if parents.last.map({ Int($0.node) != parent }) ?? true { parents.append(XPathItem(node: parent)) }
                return true
            }
        }
        // A parent comes before its children, but a later child's parent may precede an
        // earlier one's: `<div><p/><section><p/></section><p/></div>` gives div, section, div.
        return Self.sortedUnique(parents)
    }

    /// Whether a path selects at least one node, stopping at the first when the last step's
    /// predicates allow it: `[.//img]` and `not(ancestor::aside)` need not collect everything.
    func pathSelectsAnything(_ path: XPathPath, _ context: XPathContext) -> Bool {
        guard let last = path.steps.last, last.hasOnlyFilters else { return !evaluatePath(path, context).isEmpty }
        let matcher = matcher(for: last)
        if case .nothing = matcher { return false }
        let starts: [XPathItem]
        if path.steps.count == 1, case .context = path.start {
            starts = [context.item]
        } else {
            var leading = path
            leading.steps.removeLast()
            starts = evaluatePath(leading, context)
        }
        for item in starts {
            var found = false
            walk(last.axis, from: item, matching: matcher) { candidate in
                found = passesFilters(last.predicates, candidate)
                return !found
            }
            if found { return true }
        }
        return false
    }

    // MARK: Steps

    /// Applies one step to a node-set, giving a node-set in document order without duplicates.
    func apply(_ step: XPathStep, to contexts: [XPathItem]) -> [XPathItem] {
        let matcher = matcher(for: step)
        if case .nothing = matcher { return [] }
        let onlyFilters = step.hasOnlyFilters
        var result: [XPathItem] = []
        var inOrder = true
        var batch: [XPathItem] = []
        var skipper = RedundantContextSkipper(axis: step.axis, contexts: contexts, document: document)
        for context in skipper.order {
            if onlyFilters, skipper.isRedundant(context) { continue }
            batch.removeAll(keepingCapacity: true)
            walk(step.axis, from: context, matching: matcher) { candidate in
                if !onlyFilters || passesFilters(step.predicates, candidate) { batch.append(candidate) }
                return true
            }
            if !onlyFilters {
                for predicate in step.predicates where !batch.isEmpty { apply(predicate, to: &batch) }
            }
            if step.axis.isReverse { batch.reverse() }
            if let last = result.last, let first = batch.first, first <= last { inOrder = false }
            result.append(contentsOf: batch)
        }
        return inOrder ? result : Self.sortedUnique(result)
    }

    /// Whether a node passes predicates that each judge it alone.
    func passesFilters(_ predicates: [XPathPredicate], _ item: XPathItem) -> Bool {
        let context = XPathContext(item: item, position: 1, size: 1)
        for predicate in predicates where !boolean(predicate.expression, context) { return false }
        return true
    }

    /// Filters a list (in axis order) by one predicate, numbering positions from 1.
    func apply(_ predicate: XPathPredicate, to items: inout [XPathItem]) {
        switch predicate.kind {
        case .index(let position):
            items = position >= 1 && position <= items.count ? [items[position - 1]] : []
        case .last:
            items = items.last.map { [$0] } ?? []
        case .filter, .positional:
            let size = items.count
            var kept: [XPathItem] = []
            for (offset, item) in items.enumerated() {
                let context = XPathContext(item: item, position: offset + 1, size: size)
                let value = evaluate(predicate.expression, context)
                if case .number(let number) = value {
                    if number == Double(offset + 1) { kept.append(item) }
                } else if boolean(of: value) {
                    kept.append(item)
                }
            }
            items = kept
        }
    }

    static func sortedUnique(_ items: [XPathItem]) -> [XPathItem] {
        var sorted = items.sorted()
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[write - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }

    // MARK: Node tests

    func matcher(for step: XPathStep) -> XPathMatcher {
        let onAttributes = step.axis == .attribute
        switch step.test {
        case .name(let index):
            if onAttributes { return attributeNames[index].map(XPathMatcher.attribute) ?? .nothing }
            return tags[index].map(XPathMatcher.tag) ?? .nothing
        case .anyName: return onAttributes ? .anyAttribute : .anyElement
        case .text: return onAttributes ? .nothing : .text
        case .node: return onAttributes ? .anyAttribute : (step.axis == .namespace ? .nothing : .anyNode)
        case .none: return .nothing
        }
    }

    @inline(__always)
    func matches(_ matcher: XPathMatcher, node: Int) -> Bool {
        let tag = document.tags[node]
        switch matcher {
        case .tag(let wanted): return tag == wanted
        case .anyElement: return tag != .text && tag != .document
        case .text: return tag == .text
        case .anyNode: return true
        case .attribute, .anyAttribute, .nothing: return false
        }
    }

    func matches(_ matcher: XPathMatcher, attribute index: Int) -> Bool {
        switch matcher {
        case .attribute(let wanted): document.attributeNames[index] == wanted
        case .anyAttribute, .anyNode: true
        default: false
        }
    }
}

// MARK: - Axes

extension XPathEvaluator {
    /// Visits the nodes on `axis` from `item` that pass `matcher`, in axis order (reverse
    /// document order on reverse axes), until `visit` returns false.
    func walk(_ axis: XPathAxis, from item: XPathItem, matching matcher: XPathMatcher, _ visit: (XPathItem) -> Bool) {
        if item.isAttribute {
            walkFromAttribute(axis, item, matcher, visit)
            return
        }
        let node = Int(item.node)
        func visitNode(_ candidate: Int) -> Bool {
            !matches(matcher, node: candidate) || visit(XPathItem(node: candidate))
        }
        switch axis {
        case .child:
            var child = document.firstChild(node)
            while let current = child, visitNode(current) { child = document.nextSibling(current) }
        case .descendant, .descendantOrSelf:
            walkRange((axis == .descendant ? node + 1 : node)..<document.subtreeEnd(node), matcher, visit)
        case .self:
            _ = visitNode(node)
        case .parent:
            if let parent = document.parent(node) { _ = visitNode(parent) }
        case .ancestor, .ancestorOrSelf:
            var ancestor = axis == .ancestor ? document.parent(node) : node
            while let current = ancestor, visitNode(current) { ancestor = document.parent(current) }
        case .followingSibling:
            var sibling = document.nextSibling(node)
            while let current = sibling, visitNode(current) { sibling = document.nextSibling(current) }
        case .precedingSibling:
            guard let parent = document.parent(node) else { return }
            let earlier = Array(document.children(parent).prefix { $0 != node })
            for sibling in earlier.reversed() where !visitNode(sibling) { return }
        case .following:
            walkRange(document.subtreeEnd(node)..<document.nodeCount, matcher, visit)
        case .preceding:
            walkPreceding(node, visitNode)
        case .attribute:
            walkAttributes(of: node, matcher, visit)
        case .namespace:
            return
        }
    }

    /// The nodes of a contiguous range in document order; the common case of a tag test is a
    /// tight loop over the tag array.
    private func walkRange(_ range: Range<Int>, _ matcher: XPathMatcher, _ visit: (XPathItem) -> Bool) {
        guard !range.isEmpty else { return }
        let tags = document.tags
        if case .tag(let wanted) = matcher {
            for candidate in range where tags[candidate] == wanted {
                if !visit(XPathItem(node: candidate)) { return }
            }
            return
        }
        for candidate in range where matches(matcher, node: candidate) {
            if !visit(XPathItem(node: candidate)) { return }
        }
    }

    /// Nodes before `node` that are not its ancestors, nearest first.
    private func walkPreceding(_ node: Int, _ visitNode: (Int) -> Bool) {
        var nextAncestor = document.parent(node) ?? -1
        var candidate = node - 1
        while candidate > 0 {
            if candidate == nextAncestor {
                nextAncestor = document.parent(candidate) ?? -1
            } else if !visitNode(candidate) {
                return
            }
            candidate -= 1
        }
    }

    private func walkAttributes(of node: Int, _ matcher: XPathMatcher, _ visit: (XPathItem) -> Bool) {
        let tag = document.tags[node]
        guard tag != .text, tag != .document else { return }
        let first = Int(document.dataStarts[node])
        for index in first..<(first + Int(document.dataCounts[node])) where matches(matcher, attribute: index) {
            if !visit(XPathItem(node: node, attribute: index)) { return }
        }
    }

    /// Axes from an attribute: its owner element is its parent; it has no children or siblings,
    /// so `descendant-or-self` holds only itself.
    private func walkFromAttribute(
        _ axis: XPathAxis, _ item: XPathItem, _ matcher: XPathMatcher, _ visit: (XPathItem) -> Bool
    ) {
        let owner = Int(item.node)
        switch axis {
        case .self, .descendantOrSelf:
            if matches(matcher, attribute: Int(item.attribute)) { _ = visit(item) }
        case .ancestorOrSelf:
            if matches(matcher, attribute: Int(item.attribute)), !visit(item) { return }
            walk(.ancestorOrSelf, from: XPathItem(node: owner), matching: matcher, visit)
        case .parent, .ancestor:
            walk(axis == .parent ? .self : .ancestorOrSelf, from: XPathItem(node: owner), matching: matcher, visit)
        case .following:
            walkRange((owner + 1)..<document.nodeCount, matcher, visit)
        case .preceding:
            walk(.preceding, from: XPathItem(node: owner), matching: matcher, visit)
        default:
            return
        }
    }
}

/// Skips context nodes whose results another context already covers, when a step's
/// predicates judge each node alone: in `//div//p`, nested divs would otherwise walk the same
/// paragraphs again, and `following::` from every node would cost quadratic time.
struct RedundantContextSkipper {
    private let axis: XPathAxis
    private let document: HTMLDocument
    /// The contexts in the order to process them.
    let order: [XPathItem]
    private var coveredEnd = -1
    private var seenParents: Set<Int32> = []
    private let onlyContext: XPathItem?

    init(axis: XPathAxis, contexts: [XPathItem], document: HTMLDocument) {
        self.axis = axis
        self.document = document
        // Preceding siblings of the last child of a parent cover those of earlier ones.
        self.order = axis == .precedingSibling ? contexts.reversed() : contexts
        switch axis {
        case .following:
            // `following` from a node is everything after its subtree: the earliest end wins.
            onlyContext = contexts.min { Self.followingStart($0, document) < Self.followingStart($1, document) }
        case .preceding:
            // Everything before the last context that is not its ancestor covers the rest.
            onlyContext = contexts.last
        default:
            onlyContext = nil
        }
    }

    private static func followingStart(_ item: XPathItem, _ document: HTMLDocument) -> Int {
        item.isAttribute ? Int(item.node) + 1 : document.subtreeEnd(Int(item.node))
    }

    mutating func isRedundant(_ context: XPathItem) -> Bool {
        if let onlyContext { return context != onlyContext }
        switch axis {
        case .descendant, .descendantOrSelf:
            guard !context.isAttribute else { return false }
            let node = Int(context.node)
            if node < coveredEnd { return true }
            coveredEnd = document.subtreeEnd(node)
            return false
        case .followingSibling, .precedingSibling:
            guard !context.isAttribute, let parent = document.parent(Int(context.node)) else { return false }
            return !seenParents.insert(Int32(parent)).inserted
        default:
            return false
        }
    }
}
