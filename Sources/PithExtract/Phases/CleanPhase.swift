import PithHTML

/// Phase 5, clean: remove the boilerplate that sits *inside* the selected article.
///
/// Contract, checked for each element of the selection in document order (a removed element's
/// subtree is not visited; code and data tables are never cleaned inside):
/// 1. after an end marker ("Related articles", "Comments", once enough text came before it)
///    the rest of the article is dropped, up to the next real paragraph for related lists;
/// 2. the top edge is trimmed: the block repeating the title, labels before it, a byline or
///    dateline after it (``trimTopEdge(title:)``);
/// 3. a footer inside the article is dropped;
/// 4. short blocks are judged by what they say and hold (``CallToAction``): labels such as
///    "Advertisement" go; appeals and sign-ups go when the wording and other evidence (a form,
///    links to a donation page, second-person address, amounts, a place at the edge) agree;
/// 5. with conditional cleaning on, Readability's tests remove containers made mostly of links,
///    images, inputs or nothing (data tables, and link lists that introduce resources, stay).
extension ExtractionAttempt {
    mutating func clean(title: String?, metadataNodes: MetadataNodes? = nil) {
        if let metadataNodes { removeMetadataLines(metadataNodes) }
        trimTopEdge(title: title)
        let total = selection.reduce(Int32(0)) { $0 + aggregates.chars[$1] }
        var cursor = CleanCursor(totalChars: total, title: title.map(Self.comparable))
        for root in selection {
            // A sibling that joined the top candidate is judged whole, like any block inside it.
            var node = root == topCandidate ? root + 1 : root
            let end = document.subtreeEnd(root)
            while node < end {
                let tag = document.tag(node)
                if removed[node] >= 0 {
                    node = document.subtreeEnd(node)
                    continue
                }
                if tag == .text {
                    if cursor.isDropping && facts.textChars[node] > 0 { remove(node, reason: .afterEndMarker) }
                    cursor.seenChars += facts.textChars[node]
                    node += 1
                    continue
                }
                if tag == .pre || tag == .code || (tag == .table && isDataTable(node)) {
                    cursor.seenChars += aggregates.chars[node]
                    node = document.subtreeEnd(node)
                    continue
                }
                if let verdict = verdict(for: node, tag: tag, cursor: &cursor) {
                    remove(node, rule: verdict, phase: .clean)
                    cursor.seenChars += aggregates.chars[node]
                    cursor.removedChars += aggregates.chars[node]
                    node = document.subtreeEnd(node)
                    continue
                }
                node += 1
            }
        }
        // After the walk: a short caption that is mostly its credit went whole above; the
        // captions that stayed lose only their credit.
        removeCaptionCredits()
        removeRescuedNamedLines()
        // A date line is the bottom edge once the tools below it (a permalink, a print link)
        // are gone.
        trimBottomEdge()
        trimTrailingAsks(totalChars: total, title: title)
    }

    /// Asks stack up under an article (subscribe, get the app, follow us, write to us): in the
    /// walk above only the last one sits at the edge. Judged again from the bottom, each one
    /// that goes makes the block above it the new edge; the first block that stays ends it.
    private mutating func trimTrailingAsks(totalChars: Int32, title: String?) {
        for _ in 0..<6 {
            guard let block = lastTextBlock() else { return }
            let chars = aggregates.chars[block]
            var cursor = CleanCursor(totalChars: totalChars, title: title.map(Self.comparable))
            cursor.seenChars = max(0, totalChars - chars)  // nothing kept after it: at the edge
            let text = keptText(of: block, limit: 1200)
            let words = Words(text)
            guard words.count <= 40, let verdict = CallToAction(attempt: self, node: block, text: text, words: words, cursor: cursor).verdict
            else { return }
            remove(block, rule: verdict, phase: .clean)
        }
    }
    private func verdict(for node: Int, tag: HTMLTag, cursor: inout CleanCursor) -> Int32? {
        if let drop = cursor.afterEndMarker(self, node) { return drop }
        // The wrappers select climbed through, and the scored container itself, are the
        // article: a short post with a few links must not go whole as a "link-dense block".
        if let scoredTop, node == scoredTop || document.isInside(scoredTop, node) { return nil }
        let chars = aggregates.chars[node]
        if chars == 0 {
            // Nothing readable inside: images and empty wrappers carry no text.
            return nil
        }
        if TagClasses.headings.contains(tag), let title = cursor.title, title.count >= 8,
           Self.comparable(Self.withoutReplyPrefix(keptText(of: node, limit: 400))) == title {
            return structural(.titleRepeat)
        }
        // A footer inside a quote or figure is its attribution; elsewhere it is page furniture.
        if tag == .footer, !isInside(node, tag: .blockquote), !isInside(node, tag: .figure),
           let rule = rules.tagRule(for: .footer) {
            return rule
        }
        if chars <= 1000, TagClasses.block.contains(tag), !isPlainWrapper(node),
           let rule = judgeShortBlock(node, tag: tag, cursor: &cursor) {
            return rule
        }
        if mode.cleanConditionally && TagClasses.conditionallyCleaned.contains(tag) {
            return conditionalVerdict(node, tag: tag, isBody: holdsMostOfArticle(node, cursor: cursor))
        }
        return nil
    }

    /// Half the article's text or more, in paragraphs, under no boilerplate name: the body itself.
    private func holdsMostOfArticle(_ node: Int, cursor: CleanCursor) -> Bool {
        aggregates.chars[node] * 2 >= cursor.totalChars && aggregates.paragraphs[node] >= 2 && facts.classRule[node] < 0
    }

    /// The lines the metadata extractor read the byline and dates from (each a small element
    /// holding only that line) leave the body.
    private mutating func removeMetadataLines(_ nodes: MetadataNodes) {
        for node in nodes.byline + nodes.dates where node > 0 && node < document.nodeCount {
            guard removed[node] < 0, selection.contains(where: { document.isInside(node, $0) && node != $0 }),
                  aggregates.chars[node] <= 200 else { continue }
            // A date found inside a subtitle or lead sentence ("Championships from 5 to 11
            // February 2022 in ...") makes it no dateline: only a line that is mostly the date
            // (and a place, a name or "Updated") goes.
            if !nodes.byline.contains(node), !Self.isMostlyDate(keptText(of: node, limit: 400)) { continue }
            remove(node, reason: .metadataLine)
        }
    }

    /// At most five words that are not numbers, months, weekdays or short connectors.
    static func isMostlyDate(_ text: String) -> Bool {
        var others = 0
        for word in text.lowercased().split(whereSeparator: { $0.isWhitespace || ",.|/()–-".contains($0) }) {
            if word.contains(where: \.isNumber) || word.count <= 3 || DateVocabulary.months[String(word)] != nil
                || DateVocabulary.weekdays.contains(String(word)) { continue }
            others += 1
            if others > 5 { return false }
        }
        return true
    }

    /// A forum reply's "Re: <topic>" heading repeats the topic's title.
    static func withoutReplyPrefix(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        guard trimmed.count > 3, trimmed.prefix(3).lowercased() == "re:" else { return text }
        return String(trimmed.dropFirst(3))
    }

    /// A wrapper whose only content is one element child holding all its text: judging the
    /// child judges it.
    private func isPlainWrapper(_ node: Int) -> Bool {
        var only: Int?
        for child in document.children(node) {
            if document.tag(child) == .text {
                if facts.textChars[child] > 0 { return false }
                continue
            }
            if removed[child] >= 0 { continue }
            guard only == nil else { return false }
            only = child
        }
        guard let only, TagClasses.block.contains(document.tag(only)) else { return false }
        return aggregates.chars[only] == aggregates.chars[node] && facts.formControls[only] == facts.formControls[node]
    }

    func structural(_ reason: StructuralReason) -> Int32 {
        Int32(rules.rules.count) + reason.rawValue
    }

    /// Labels, end markers and calls to action, judged on a short block's words.
    private func judgeShortBlock(_ node: Int, tag: HTMLTag, cursor: inout CleanCursor) -> Int32? {
        let text = keptText(of: node, limit: 1200)
        let words = Words(text)
        if let label = rules.labelRule(for: words) { return label }
        if let prefix = rules.prefixRule(for: words) { return prefix }
        if let lead = rules.sectionStartRule(for: words), isLeadIn(node, tag: tag, words: words) {
            let category = rules.rules[Int(lead)].category
            if isReferencesBox(lead, node: node, cursor: cursor) {
                // The box's label alone goes; its links are judged as links.
                return words.count <= 4 && (words.wordsBeforeFirstColon ?? words.count) == words.count ? lead : nil
            }
            // A heading made of a lead-in and a linked headline ("MIRA: <a>…</a>") points to
            // another article and is only itself, wherever it stands: no section follows it.
            if TagClasses.headings.contains(tag) && words.count > 8 { return lead }
            if cursor.seenChars >= 200 || category == .tags {
                // A heading or a bare label opens a section that runs on; a "Read also: <link>"
                // line between paragraphs is only itself.
                let opensSection = TagClasses.headings.contains(tag) || (words.count <= 6 && aggregates.linkDensity(node) < 0.5)
                if opensSection { cursor.startDropping(category: category) }
                return lead
            }
        }
        let action = CallToAction(attempt: self, node: node, text: text, words: words, cursor: cursor)
        return action.verdict
    }

    /// "Weitere Informationen" heads the references under an article, but also boxes of links
    /// between its paragraphs (broadcasters' sites): only in the article's last part is it the end.
    private func isReferencesBox(_ lead: Int32, node: Int, cursor: CleanCursor) -> Bool {
        rules.rules[Int(lead)].category == .references && cursor.position(of: node, chars: aggregates.chars[node]).after > 0.3
    }

    /// A heading, a short block, or a "Label:" lead-in can open an end-of-article section; a
    /// sentence that merely starts with "Related" cannot.
    private func isLeadIn(_ node: Int, tag: HTMLTag, words: Words) -> Bool {
        let isLinkedLeadIn = words.wordsBeforeFirstColon != nil && aggregates.linkDensity(node) > 0.3
        if TagClasses.headings.contains(tag) { return words.count <= 8 || isLinkedLeadIn }
        if words.count <= 6 { return true }
        guard words.wordsBeforeFirstColon != nil else { return false }
        // "Read also: <headline>": the headline is linked, or (rendered by script, unlinked) a
        // short line that does not end a sentence.
        if isLinkedLeadIn { return true }
        return words.count <= 16 && !keptText(of: node, limit: 300).trimmingTrailingWhitespace.hasSuffix(".")
    }

    /// Readability's conditional cleaning, with two exceptions it lacks: a list of links that
    /// the article introduces (a resource list) stays, and so does a figure with a caption.
    ///
    /// A block holding most of the article's text (`isBody`) is the body, not a block inside it:
    /// the link-density tests would empty a short post that links what it talks about.
    private func conditionalVerdict(_ node: Int, tag: HTMLTag, isBody: Bool) -> Int32? {
        let weight = mode.weighClasses ? classWeight(node) : 0
        // Only the class weight counts here, as in Readability: a list's tag prior is no verdict.
        if weight < 0 && !(facts.classRule[node] >= 0 && isProseNamedForAuthors(node, rule: facts.classRule[node])) {
            return facts.classRule[node] >= 0 ? facts.classRule[node] : structural(.negativeWeight)
        }
        if aggregates.commas[node] >= 10 { return nil }
        // A recipe's ingredient list is short linked lines by nature.
        if facts.ingredientMarkers.contains(where: { document.isInside($0, node) || document.isInside(node, $0) }) { return nil }
        let isList = tag == .ul || tag == .ol
        let paragraphs = Float(aggregates.paragraphs[node])
        let images = Float(aggregates.images[node])
        let listItems = Float(aggregates.listItems[node]) - 100
        let inputs = Float(facts.formControls[node])
        let chars = aggregates.chars[node]
        let linkDensity = aggregates.linkDensity(node)
        let headingDensity = Float(aggregates.headingChars[node]) / Float(max(chars, 1))
        // Many images and few paragraphs is a gallery or a teaser grid, unless there is plenty of
        // text per image (icons in share buttons do not make an article a gallery) or it is a
        // list of steps with a photo each (a how-to: unlinked items, where teasers link).
        let photoSteps = Float(aggregates.listItems[node]) >= images * 0.5 && linkDensity < 0.1
        if images > 1 && paragraphs / images < 0.5 && !isInside(node, tag: .figure) && Float(chars) / images < 100
            && !photoSteps {
            return structural(.imageHeavy)
        }
        if !isList && listItems > paragraphs { return structural(.listHeavy) }
        if inputs > (paragraphs / 3).rounded(.down) && tag != .div { return structural(.formBlock) }
        if !isList && headingDensity < 0.9 && chars < 25 && (images == 0 || images > 2) && linkDensity > 0 {
            return structural(.linkDensity)
        }
        if isBody || (isList && isResourceList(node)) { return nil }
        // A list whose items are sentences with a link or two (changelogs, "this week" roundups)
        // is prose in list form; a list that is mostly link text is a link list.
        let linkLimit: Float = isList && isSentenceList(node) ? 0.5 : 0.2
        if weight < 25 && linkDensity > linkLimit && !isLongLinkedProse(node) { return structural(.linkDensity) }
        if weight >= 25 && linkDensity > 0.5 { return structural(.linkDensity) }
        return nil
    }

    private func isInside(_ node: Int, tag: HTMLTag) -> Bool {
        var current = document.parent(node)
        while let ancestor = current {
            if document.tag(ancestor) == tag { return true }
            current = document.parent(ancestor)
        }
        return false
    }

    /// A list introduced by the article ("Sources:", "Further reading:") whose links carry
    /// descriptive anchors is content, not navigation.
    private func isResourceList(_ node: Int) -> Bool {
        guard let previous = previousKeptSibling(of: node) else { return false }
        let intro = keptText(of: previous, limit: 600).trimmingTrailingWhitespace
        guard intro.hasSuffix(":") else { return false }
        let items = document.children(node).filter { document.tag($0) == .li && removed[$0] < 0 }
        guard !items.isEmpty else { return false }
        return Int(aggregates.chars[node]) / items.count >= 20
    }

    /// Items averaging at least 60 visible characters: sentences, not link labels.
    private func isSentenceList(_ node: Int) -> Bool {
        let items = document.children(node).filter { document.tag($0) == .li && removed[$0] < 0 }
        guard items.count >= 2 else { return false }
        return Int(aggregates.chars[node]) / items.count >= 60
    }

    /// A paragraph that is long and fully linked is a cited passage, not a link farm.
    private func isLongLinkedProse(_ node: Int) -> Bool {
        document.tag(node) == .p && aggregates.chars[node] >= 200
    }

    func previousKeptSibling(of node: Int) -> Int? {
        guard let parent = document.parent(node) else { return nil }
        var previous: Int?
        for child in document.children(parent) {
            if child == node { return previous }
            if document.tag(child) != .text && removed[child] < 0 && aggregates.chars[child] > 0 { previous = child }
        }
        return nil
    }

    /// Readability's data-table test: tables that present data stay whole.
    func isDataTable(_ table: Int) -> Bool {
        if let role = document.attribute(.role, of: table)?.lowercased(), role == "presentation" || role == "none" {
            return false
        }
        if document.attribute(.datatable, of: table) == "0" { return false }
        if document.hasAttribute(.summary, of: table) { return true }
        var rows = 0
        var columns = 0
        var node = table + 1
        let end = document.subtreeEnd(table)
        while node < end {
            let tag = document.tag(node)
            if tag == .table { return false }
            if tag == .caption || tag == .thead || tag == .tfoot || tag == .th || tag == .col || tag == .colgroup {
                return true
            }
            if tag == .tr {
                rows += 1
                columns = max(columns, document.children(node).filter { document.tag($0) == .td }.count)
            }
            node += 1
        }
        if rows <= 1 || columns <= 1 { return false }
        if rows >= 10 || columns > 4 { return true }
        return rows * columns > 10
    }

    /// Titles compare case-insensitively, ignoring punctuation and spacing.
    static func comparable(_ text: String) -> ComparableText {
        ComparableText(text)
    }
}

/// Where the clean phase is in the article, and what it has decided so far.
struct CleanCursor {
    let totalChars: Int32
    /// The title in comparable form: a heading repeating it anywhere is dropped.
    let title: ComparableText?
    var seenChars: Int32 = 0
    /// Of those, the ones this walk removed: a block after a removed banner is still at the top.
    var removedChars: Int32 = 0
    /// After an end marker: what is being dropped (comments: everything; related: until prose).
    private var dropping: BoilerplateCategory?

    init(totalChars: Int32, title: ComparableText?) {
        self.totalChars = totalChars
        self.title = title
    }

    var isDropping: Bool { dropping != nil }

    mutating func startDropping(category: BoilerplateCategory) {
        switch category {
        case .comments, .related, .references: dropping = category
        case .byline: dropping = .comments  // a forum's who-is-online box: nothing after it is the thread
        default: return
        }
    }

    /// Whether `node` falls in a dropped tail: the rule code to remove it with, or nil.
    mutating func afterEndMarker(_ attempt: ExtractionAttempt, _ node: Int) -> Int32? {
        guard let category = dropping else { return nil }
        let drop = attempt.structural(.afterEndMarker)
        if category == .comments { return drop }
        // A related list ends where real prose resumes; a container holding prose is entered
        // so that its children are judged one by one.
        let chars = attempt.aggregates.chars[node]
        let isParagraph = TagClasses.paragraphLike.contains(attempt.document.tag(node)) || Self.holdsOnlyInline(node, attempt.document)
        // An unlinked paragraph of a sentence or more (120 visible characters) is the article resuming (news pages put
        // "Read more" boxes between paragraphs); teasers link their headlines.
        let resumes = isParagraph ? chars >= 120 && attempt.aggregates.linkDensity(node) < 0.1 : chars >= 300
        guard resumes, attempt.aggregates.linkDensity(node) < 0.25 else { return drop }
        if isParagraph || chars < 600 { dropping = nil }
        return nil
    }

    /// A paragraph in all but name: a block holding only text and inline markup, as many CMSs
    /// write their paragraphs (`<div class="story__paragraph">`).
    static func holdsOnlyInline(_ node: Int, _ document: HTMLDocument) -> Bool {
        var inner = node + 1
        let end = document.subtreeEnd(node)
        while inner < end {
            let tag = document.tag(inner)
            if tag != .text && TagClasses.block.contains(tag) { return false }
            inner += 1
        }
        return true
    }

    /// How far into the article a node starts, and how much follows it, as fractions.
    func position(of node: Int, chars: Int32) -> (before: Float, after: Float) {
        let total = Float(max(totalChars, 1))
        return (Float(max(0, seenChars - removedChars)) / total, Float(max(0, totalChars - seenChars - chars)) / total)
    }
}
