import PithHTML

/// Phase 2, prune: remove definite boilerplate by name before scoring, so a comment section or
/// a sidebar cannot win the candidate contest.
///
/// Contract: a subtree is removed when its ARIA role, its tag (`nav`, `aside`, a page-level
/// `header`/`footer`) or a token of its class/id hits a rule, unless a content token rescues it
/// ("article-sidebar"), or it wraps an element named as content and most of the page's text
/// (then the name is a layout accident, not a verdict; scoring and cleaning still see its class
/// weight). Runs only
/// in the strictest mode; the fallback ladder drops it when it removed too much.
extension ExtractionAttempt {
    mutating func prune() {
        guard mode.pruneByName else { return }
        let document = self.document
        // The tests below read only these: a method of `self` called from this mutating loop
        // copied the whole attempt for each element.
        let (facts, rules) = (self.facts, self.rules)
        let bodyChars = max(1, aggregates.chars[facts.body])
        var insideArticle: [Int] = []  // subtree ends of open <article>/<main> ancestors
        var node = 1
        while node < document.nodeCount {
            while let end = insideArticle.last, node >= end { insideArticle.removeLast() }
            let tag = document.tag(node)
            if tag == .text || removed[node] >= 0 || node == facts.body || tag == .html {
                node = removed[node] >= 0 ? document.subtreeEnd(node) : node + 1
                continue
            }
            if let rule = Self.pruningRule(node, tag: tag, insideArticle: !insideArticle.isEmpty, facts: facts, rules: rules),
               !holdsMostText(node, rule: rule, bodyChars: bodyChars) {
                remove(node, rule: rule, phase: .prune)
                aggregates.detach(node, document: document)
                node = document.subtreeEnd(node)
                continue
            }
            if tag == .article || tag == .main { insideArticle.append(document.subtreeEnd(node)) }
            node += 1
        }
    }

    /// The rule that names `node` boilerplate, if any.
    private static func pruningRule(_ node: Int, tag: HTMLTag, insideArticle: Bool, facts: PageFacts, rules: BoilerplateRules) -> Int32? {
        if let role = roleRule(node, document: facts.document, rules: rules) { return role }
        if let rule = rules.tagRule(for: tag) {
            // Headers and footers inside the article hold its title, byline and tags: cleaning
            // decides on those; only page-level ones are pruned here.
            let category = rules.rules[Int(rule)].category
            if !(insideArticle && (category == .header || category == .footer)) { return rule }
        }
        let classRule = facts.classRule[node]
        if classRule >= 0 && !facts.rescued[node] && tag != .main && tag != .article { return classRule }
        return nil
    }

    private static func roleRule(_ node: Int, document: HTMLDocument, rules: BoilerplateRules) -> Int32? {
        guard let role = document.attribute(.role, of: node) else { return nil }
        for value in role.lowercased().split(separator: " ") {
            if let rule = rules.roleRules[String(value)] { return rule }
        }
        return nil
    }

    /// Whether a named subtree wraps the article: it holds most of the page's text and an
    /// element inside it is named as the content (a `<div id="sidebar-layout">` around both
    /// the sidebar and `<div class="article-body">`). A gallery or a comment thread that merely
    /// outweighs the article holds no such element, and goes.
    private func holdsMostText(_ node: Int, rule: Int32, bodyChars: Int32) -> Bool {
        let share = Float(aggregates.chars[node]) / Float(bodyChars)
        // A menu never holds most of a page's prose: a "navigation" name on such a subtree is a
        // layout wrapper (`off-canvas-wrapper` around the whole page), whatever it wraps.
        if rules.rules[Int(rule)].category == .navigation && share > 0.6 && aggregates.linkDensity(node) < 0.25 {
            return true
        }
        if isProseNamedForAuthors(node, rule: rule) { return true }
        guard facts.wrapsNamedContent[node] else { return false }
        return share > 0.5 && aggregates.linkDensity(node) < 0.5
    }

    /// A byline or an author box is a few lines; a subtree of long unlinked prose named for
    /// authors is a text addressed to them (`author_guidelines`), not metadata about them.
    func isProseNamedForAuthors(_ node: Int, rule: Int32) -> Bool {
        rules.rules[Int(rule)].category == .byline && aggregates.chars[node] > 1500 && aggregates.linkDensity(node) < 0.2
    }
}
