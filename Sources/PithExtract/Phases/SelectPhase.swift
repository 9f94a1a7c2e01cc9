import PithHTML

/// Phase 4, select: pick the best candidate and the siblings that belong with it.
///
/// Contract (Readability's, which the corpora show to be hard to beat): take the best-scored
/// candidate; when three or more others score within 75% of it, climb to the first ancestor
/// holding three of them (split articles); climb while the parent scores higher; climb through
/// wrappers with a single child. Then join siblings scoring at least `max(10, 0.2 × best)` (a
/// sibling with the same class gets a bonus), and unscored paragraphs that read like prose.
/// A site rule's `content` node, when given, is the selection and skips all of this.
extension ExtractionAttempt {
    mutating func select() {
        if let forced = forcedContent {
            selection = [forced]
            topCandidate = forced
            return
        }
        let document = self.document
        let body = facts.body
        let ranked = (0..<document.nodeCount).filter { isCandidate[$0] && removed[$0] < 0 }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            .prefix(10)
        guard var top = ranked.first, top != body, top != document.root, document.tag(top) != .html else {
            selection = [body]
            topCandidate = body
            return
        }
        top = promoteToCommonAncestor(top, ranked: Array(ranked))
        top = climbWhileParentScoresHigher(top)
        scoredTop = top
        while let parent = document.parent(top), parent != body, parent > 0, elementChildren(of: parent).count == 1 {
            top = parent
        }
        selection = siblingsJoining(top)
        topCandidate = top
    }

    static let alternativeRatio: Float = 0.65
    static let alternativesNeeded = 2

    private func promoteToCommonAncestor(_ top: Int, ranked: [Int]) -> Int {
        // Alternatives are other parts of the page, not the top's own wrappers or contents.
        let close = ranked.dropFirst().filter {
            scores[$0] / max(scores[top], 0.0001) >= Self.alternativeRatio
                && !document.isInside($0, top) && !document.isInside(top, $0)
        }
        guard close.count >= Self.alternativesNeeded else { return top }
        var ancestor = document.parent(top)
        while let candidate = ancestor, candidate != facts.body, candidate > 0 {
            if close.filter({ document.isInside($0, candidate) }).count >= Self.alternativesNeeded { return candidate }
            ancestor = document.parent(candidate)
        }
        return top
    }

    private mutating func climbWhileParentScoresHigher(_ start: Int) -> Int {
        var top = start
        if !isCandidate[top] { initializeCandidate(top) }
        var lastScore = scores[top]
        let threshold = lastScore / 3
        var parent = document.parent(top)
        while let candidate = parent, candidate != facts.body, candidate > 0 {
            defer { parent = document.parent(candidate) }
            guard isCandidate[candidate] else { continue }
            if scores[candidate] < threshold { break }
            if scores[candidate] > lastScore {
                top = candidate
                break
            }
            lastScore = scores[candidate]
        }
        return top
    }

    private func siblingsJoining(_ top: Int) -> [Int] {
        guard let parent = document.parent(top) else { return [top] }
        let threshold = max(10, scores[top] * 0.2)
        let topClass = document.attribute(.class, of: top) ?? ""
        var joined: [Int] = []
        for sibling in elementChildren(of: parent) {
            if sibling == top {
                joined.append(sibling)
                continue
            }
            guard removed[sibling] < 0 else { continue }
            let bonus: Float = !topClass.isEmpty && document.attribute(.class, of: sibling) == topClass ? scores[top] * 0.2 : 0
            if isCandidate[sibling] && scores[sibling] + bonus >= threshold {
                joined.append(sibling)
            } else if document.tag(sibling) == .p && readsLikeProse(sibling) {
                joined.append(sibling)
            }
        }
        return joined
    }

    private func readsLikeProse(_ paragraph: Int) -> Bool {
        let length = aggregates.chars[paragraph]
        let density = aggregates.linkDensity(paragraph)
        if length > 80 { return density < 0.25 }
        guard length > 0, density == 0 else { return false }
        let text = document.textContent(paragraph)
        return text.contains(". ") || text.trimmingTrailingWhitespace.hasSuffix(".")
    }

    func elementChildren(of node: Int) -> [Int] {
        document.children(node).filter { document.tag($0) != .text && removed[$0] < 0 }
    }
}

extension String {
    var trimmingTrailingWhitespace: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
