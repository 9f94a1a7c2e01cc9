import PithHTML

/// Phase 3, score: rate every candidate container by the text it holds.
///
/// Contract: every block with at least 25 visible characters of its own text is a paragraph
/// worth `1 + commas + min(chars / 100, 3)`. A paragraph-like block (`p`, `li`, `pre`, ...) gives
/// that to its ancestors (parent ×1, grandparent ×½, then ÷(3·level), five levels); a container
/// holding text directly (`<td>` of an old table layout, a `<div>` with `<br>`-separated text)
/// counts as its own parent. Each candidate starts from a tag prior (div +5, td/pre/blockquote
/// +3, lists and forms −3, headings −5) plus its class weight, and its final score is scaled by
/// `1 − link density`.
extension ExtractionAttempt {
    mutating func score() {
        let document = self.document
        let count = document.nodeCount
        scores = Array(repeating: 0, count: count)
        isCandidate = Array(repeating: false, count: count)
        var ownChars = [Int32](repeating: 0, count: count)
        var ownCommas = [Int32](repeating: 0, count: count)
        var owner = [Int32](repeating: 0, count: count)

        // Pre-order: each text node's chars go to its nearest block ancestor.
        var node = 1
        while node < count {
            if removed[node] >= 0 {
                node = document.subtreeEnd(node)
                continue
            }
            let parent = document.parent(node) ?? 0
            let tag = document.tag(node)
            if tag == .text {
                let block = Int(owner[parent])
                ownChars[block] += facts.textChars[node]
                ownCommas[block] += facts.textCommas[node]
            } else {
                owner[node] = TagClasses.block.contains(tag) ? Int32(node) : owner[parent]
            }
            node += 1
        }

        for block in 1..<count where ownChars[block] >= 25 && document.tag(block) != .text {
            let paragraphScore = 1 + Float(ownCommas[block]) + Float(min(ownChars[block] / 100, 3))
            var target: Int? = TagClasses.paragraphLike.contains(document.tag(block)) ? document.parent(block) : block
            var level = 0
            while let ancestor = target, ancestor > 0, level < 5 {
                if !isCandidate[ancestor] { initializeCandidate(ancestor) }
                let divider: Float = level == 0 ? 1 : level == 1 ? 2 : Float(level * 3)
                scores[ancestor] += paragraphScore / divider
                target = document.parent(ancestor)
                level += 1
            }
        }
        for candidate in 0..<count where isCandidate[candidate] {
            scores[candidate] *= 1 - aggregates.linkDensity(candidate)
        }
    }

    mutating func initializeCandidate(_ node: Int) {
        isCandidate[node] = true
        scores[node] = Self.tagPrior(document.tag(node)) + (mode.weighClasses ? classWeight(node) : 0)
    }

    /// Readability's priors: containers that usually hold articles start ahead.
    static func tagPrior(_ tag: HTMLTag) -> Float {
        switch tag {
        case .div, .article: 5
        case .pre, .td, .blockquote: 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: -5
        default: 0
        }
    }

    /// ±25 for content or boilerplate tokens in class and id, +25 for `itemprop=articleBody`.
    func classWeight(_ node: Int) -> Float {
        var weight = Float(facts.classWeight[node])
        if facts.isArticleBody(node) { weight += 25 }
        return weight
    }
}
