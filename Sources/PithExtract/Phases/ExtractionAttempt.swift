import PithHTML

/// How strict one rung of the fallback ladder is.
struct ExtractionMode: Sendable, Equatable {
    /// Prune subtrees whose class, id, role or tag names boilerplate before scoring.
    var pruneByName: Bool
    /// Weigh candidates by class and id tokens.
    var weighClasses: Bool
    /// Remove low-content blocks inside the selection (Readability's conditional cleaning).
    var cleanConditionally: Bool
    /// Read `<noscript>` content as part of the page.
    var readNoscript: Bool
    /// Run the clean phase at all; the last rung keeps the selection as it is.
    var clean: Bool = true
    /// The rung's name, reported as the article's `strategy`.
    var name: String

    static let strict = ExtractionMode(pruneByName: true, weighClasses: true, cleanConditionally: true, readNoscript: false, name: "strict")
    static let keepNamed = ExtractionMode(pruneByName: false, weighClasses: true, cleanConditionally: true, readNoscript: false, name: "no-name-pruning")
    static let unweighted = ExtractionMode(pruneByName: false, weighClasses: false, cleanConditionally: true, readNoscript: true, name: "no-class-weights")
    static let lenient = ExtractionMode(pruneByName: false, weighClasses: false, cleanConditionally: false, readNoscript: true, name: "lenient")
    /// The last resort when every other rung came out empty: the selected container, uncleaned.
    static let uncleaned = ExtractionMode(pruneByName: false, weighClasses: false, cleanConditionally: false, readNoscript: true,
                                          clean: false, name: "uncleaned")

    /// The ladder, strict to lenient.
    static let ladder: [ExtractionMode] = [.strict, .keepNamed, .unweighted, .lenient, .uncleaned]
}

/// Reasons for removing a node that are not user-visible rules: structural decisions of the
/// phases. Their ids show in `--explain` like rule ids.
enum StructuralReason: Int32, CaseIterable {
    case nonContent, hidden, outsideArticle, linkDensity, lowContent, formBlock, titleRepeat, afterEndMarker
    case metadataLine, emptyHeading, duplicate, preamble, siteStrip, imageHeavy, listHeavy, negativeWeight
    case captionCredit

    var id: String {
        switch self {
        case .nonContent: "prepare.non-content"
        case .hidden: "prepare.hidden"
        case .outsideArticle: "select.outside-article"
        case .linkDensity: "clean.link-density"
        case .lowContent: "clean.low-content"
        case .formBlock: "clean.form"
        case .titleRepeat: "clean.title"
        case .afterEndMarker: "clean.after-end-marker"
        case .metadataLine: "clean.byline-or-date"
        case .emptyHeading: "clean.trailing-heading"
        case .duplicate: "clean.duplicate"
        case .preamble: "clean.preamble"
        case .siteStrip: "site.strip"
        case .imageHeavy: "clean.image-heavy"
        case .listHeavy: "clean.list-heavy"
        case .negativeWeight: "clean.negative-weight"
        case .captionCredit: "clean.caption-credit"
        }
    }

    var phase: String {
        switch self {
        case .nonContent, .hidden, .siteStrip: "prepare"
        case .outsideArticle: "select"
        default: "clean"
        }
    }
}

/// One run of the phases over a page in a given mode: prepare → prune → score → select →
/// clean. Rendering reads the result.
struct ExtractionAttempt {
    let facts: PageFacts
    var mode: ExtractionMode
    /// Per node: -1 when kept, else why its subtree was removed (a rule index, or
    /// `rules.count + StructuralReason.rawValue`). Only the root of a removed subtree is marked.
    var removed: [Int32]
    /// Which phase removed each marked node.
    var removedInPhase: [UInt8]
    var aggregates: Aggregates
    /// Candidate scores (Readability's content score), valid where `isCandidate`.
    var scores: [Float]
    var isCandidate: [Bool]
    /// The selected article: the top candidate and the siblings that joined it.
    var selection: [Int] = []
    /// The top candidate among `selection` (the others joined it as siblings).
    var topCandidate: Int?
    /// The best-scored container before select climbed through its single-child wrappers (and
    /// to its parent): the article's own box, which clean must not judge as a block of it.
    var scoredTop: Int?
    /// A node chosen by a site rule's `content` XPath: scoring is skipped.
    var forcedContent: Int?
    /// Text nodes cut short (a caption's trailing picture credit): where their kept bytes end.
    var textEnds: [Int: Int] = [:]

    var document: HTMLDocument { facts.document }
    var rules: BoilerplateRules { facts.rules }

    init(facts: PageFacts, mode: ExtractionMode) {
        self.facts = facts
        self.mode = mode
        let count = facts.document.nodeCount
        removed = Array(repeating: -1, count: count)
        removedInPhase = Array(repeating: 0, count: count)
        aggregates = Aggregates.empty
        scores = []
        isCandidate = []
    }

    mutating func remove(_ node: Int, rule: Int32, phase: Phase) {
        guard removed[node] < 0 else { return }
        removed[node] = rule
        removedInPhase[node] = phase.rawValue
    }

    mutating func remove(_ node: Int, reason: StructuralReason) {
        let phase: Phase = reason.phase == "prepare" ? .prepare : reason.phase == "select" ? .select : .clean
        remove(node, rule: Int32(rules.rules.count) + reason.rawValue, phase: phase)
    }

    /// Whether `node` or one of its ancestors was removed.
    func isRemoved(_ node: Int) -> Bool {
        var current: Int? = node
        while let at = current {
            if removed[at] >= 0 { return true }
            current = document.parent(at)
        }
        return false
    }

    /// The id of a removal reason.
    func reasonID(_ code: Int32) -> String {
        let ruleCount = Int32(rules.rules.count)
        if code < ruleCount { return rules.rules[Int(code)].id }
        return StructuralReason(rawValue: code - ruleCount)?.id ?? "unknown"
    }

    enum Phase: UInt8 {
        case prepare = 1, prune, select, clean

        var name: String {
            switch self {
            case .prepare: "prepare"
            case .prune: "prune"
            case .select: "select"
            case .clean: "clean"
            }
        }
    }

    /// A site rule's selectors: its strip nodes go before anything else runs, and its content
    /// node, when it matched, is the selection.
    mutating func applySiteRule(_ match: SiteRuleMatch) {
        for stripped in match.strip where stripped.node > 0 { remove(stripped.node, reason: .siteStrip) }
        if let content = match.content, removed[content] < 0 { forcedContent = content }
    }

    /// Computes the subtree totals over what is not removed.
    mutating func refold() {
        aggregates = Aggregates(facts: facts, removed: removed)
    }

    /// A prepared attempt (site rule applied, prepare phase run, totals folded), which every
    /// rung of the ladder with the same `<noscript>` setting starts from.
    static func prepared(facts: PageFacts, mode: ExtractionMode, siteMatch: SiteRuleMatch?) -> ExtractionAttempt {
        var attempt = ExtractionAttempt(facts: facts, mode: mode)
        if let siteMatch { attempt.applySiteRule(siteMatch) }
        attempt.prepare()
        attempt.refold()
        return attempt
    }
}
