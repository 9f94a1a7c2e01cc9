import Foundation
import PithHTML

/// Extracts the article from an HTML page: Pith's extraction pipeline.
///
/// Pure: bytes, an optional charset and URL, and options in; an ``Article`` out. No network,
/// files or clock, so it is safe to call from many threads at once.
///
/// The phases, in order (each documented where it is implemented):
/// 1. **decode** the bytes to UTF-8 (``HTMLDecoder``) and **parse** them (``HTMLParser``);
/// 2. **prepare**: drop what is never text (scripts, styles, forms controls, hidden nodes);
/// 3. **prune**: drop subtrees whose role, tag or class names boilerplate;
/// 4. **score** candidate containers by their paragraphs;
/// 5. **select** the best candidate and its qualifying siblings, the lead when it sits
///    beside the body in the article header, and a recipe's ingredients;
/// 6. **clean** boilerplate inside the selection (appeals, sign-ups, labels, end markers,
///    link-dense and empty blocks);
/// 7. **render** blocks, then text, Markdown and hashes.
///
/// When the result is too short, the fallback ladder reruns phases 2–6 with fewer removals
/// (see ``ExtractionMode``) and keeps the best attempt.
public struct ArticleExtractor: Sendable {
    /// The extraction algorithm's version; stored with snapshots so that a change re-extracts.
    public static let version = "0.1.0"

    /// Below this many characters an attempt counts as too short and the next rung runs.
    static let minimumLength = 250

    public var rules: BoilerplateRules
    /// Per-site selectors, looked up by the page's host.
    public var sites: SiteRules

    public init(rules: BoilerplateRules = .default, sites: SiteRules = SiteRules()) {
        self.rules = rules
        self.sites = sites
    }

    /// The built-in rules with a user's overrides applied: disabled rules removed, added rules
    /// appended, site rules attached.
    public init(overrides: RuleOverrides) {
        self.init(rules: BoilerplateRules.default.applying(overrides), sites: overrides.sites)
    }

    /// Extracts the article from a page.
    public func extract(_ input: ExtractionInput) throws(ExtractionError) -> Article {
        try Self.checkReadable(input.bytes, declaredCharset: input.declaredCharset)
        let decoded = HTMLDecoder.decode(input.bytes, declaredCharset: input.declaredCharset)
        let pageURL = input.finalURL ?? input.url
        // Precedence: the caller's (a job's) selectors, then the site rule for the page's host.
        let siteRule = input.siteRule ?? pageURL.flatMap(sites.rule(forURL:))
        // The phases read known attributes only; a site rule's XPath may test any other.
        let document = HTMLParser.parse(utf8: decoded.utf8, attributes: siteRule == nil ? .knownNames : .all)
        let links = LinkResolver(document: document, pageURL: pageURL)
        let metadataExtractor = MetadataExtractor(document: document, pageURL: pageURL, referenceDate: input.options.referenceDate)
        var metadata: MetadataExtraction?
        let facts = PageFacts(document: document, rules: rules)
        let siteMatch = siteRule.map { $0.match(in: document) }
        let ingredients = RecipeParts.ingredientMarkers(in: facts)

        var best: (attempt: ExtractionAttempt, blocks: [Block], length: Int)?
        // The page's only <article>, when the first rung found text in it.
        var markedArticle: Int?
        var preparedByNoscript: [Bool: ExtractionAttempt] = [:]
        for mode in ExtractionMode.ladder {
            // The uncleaned rung is only for pages where everything else came out empty.
            if !mode.clean, let best, best.length > 0 { break }
            var attempt = preparedByNoscript[mode.readNoscript]
                ?? ExtractionAttempt.prepared(facts: facts, mode: mode, siteMatch: siteMatch)
            preparedByNoscript[mode.readNoscript] = attempt
            attempt.mode = mode
            attempt.prune()
            attempt.score()
            attempt.select()
            // Metadata is read once, around the first rung's article: the visible byline and
            // dateline are looked for near it, and their lines leave the body.
            let found = metadata ?? metadataExtractor.extractWithNodes(articleRoot: attempt.topCandidate)
            metadata = found
            attempt.recoverLead(title: found.metadata.title)
            attempt.addIngredients(ingredients)
            #if PITH_DEBUG
            attempt.traceCandidates()
            #endif
            if mode.clean { attempt.clean(title: found.metadata.title, metadataNodes: found.nodes) }
            #if PITH_DEBUG
            attempt.traceRemovals()
            #endif
            var builder = BlockBuilder(attempt: attempt, links: links)
            let blocks = TextNormalizer.normalize(builder.build(roots: attempt.selection))
            let length = blocks.reduce(0) { $0 + $1.plainText.characterCount }
            if best == nil, length > 0, let article = metadataExtractor.soleArticle,
               Self.overlaps(attempt.selection, article, in: document) {
                markedArticle = article
            }
            // A fallback rung exists to recover text that names or weights dropped; one that
            // leaves the page's only <article>, after the first rung found text in it, has
            // wandered into a sidebar or an author box, however long that is (a lead paragraph
            // recovered from the article does not bring it back).
            let strayed = markedArticle.map { !Self.overlaps(attempt.topCandidate.map { [$0] } ?? [], $0, in: document) } ?? false
            if best == nil || (length > best!.length && !strayed) { best = (attempt, blocks, length) }
            if length >= Self.minimumLength { break }
        }
        guard let chosen = best, let metadata else { throw .noArticle }
        // The last rung: the article text the page declares in its structured data, when the
        // visible page holds only a teaser of it (rendered by script, or cut for a paywall).
        // A site rule or a job's selectors name the article node themselves, and win.
        if siteMatch == nil,
           let structured = StructuredBodyFallback(declaredTo: metadataExtractor, replacing: chosen.length) {
            return makeArticle(input, metadata: metadata, blocks: structured.blocks, encoding: decoded.encoding,
                               dropped: [], strategy: StructuredBodyFallback.strategy)
        }
        guard chosen.length > 0 else { throw .noArticle }
        // The uncleaned rung keeps whatever the page's best container held; a few words of
        // navigation are still no article.
        if !chosen.attempt.mode.clean && chosen.length < 100 { throw .noArticle }
        if ListingDetector(attempt: chosen.attempt).isListing(extractedLength: chosen.length) { throw .listingPage }
        return makeArticle(input, metadata: metadata, blocks: chosen.blocks, encoding: decoded.encoding,
                           dropped: input.options.explain ? Explanation(attempt: chosen.attempt).dropped : [],
                           strategy: chosen.attempt.mode.name)
    }

    static func overlaps(_ selection: [Int], _ node: Int, in document: HTMLDocument) -> Bool {
        selection.contains { document.isInside($0, node) || document.isInside(node, $0) }
    }

    private func makeArticle(_ input: ExtractionInput, metadata: MetadataExtraction, blocks: [Block], encoding: String,
                             dropped: [DroppedBlock], strategy: String) -> Article {
        let text = TextRenderer.render(blocks)
        return Article(
            url: input.url, finalURL: input.finalURL, metadata: metadata.metadata, blocks: blocks, text: text,
            markdownLinks: input.options.markdownLinks, encoding: encoding, dropped: dropped, strategy: strategy
        )
    }

    /// Refuses input that is not a page at all: empty, or binary.
    static func checkReadable(_ bytes: [UInt8], declaredCharset: String?) throws(ExtractionError) {
        guard bytes.contains(where: { $0 > 0x20 }) else { throw .empty }
        if declaredCharset?.lowercased().hasPrefix("utf-16") == true { return }
        if BinarySniffer.isBinary(bytes) { throw .binary }
    }
}

/// What to extract from, and how.
public struct ExtractionInput: Sendable {
    public var bytes: [UInt8]
    /// The `charset` of an HTTP `Content-Type`, if the page was fetched.
    public var declaredCharset: String?
    /// The page's URL (for relative links and metadata), if known.
    public var url: String?
    /// The URL after redirects, if the page was fetched.
    public var finalURL: String?
    public var options: ExtractionOptions
    /// Selectors that override the site rules for this page (a job's `selectors:`).
    public var siteRule: SiteRule?

    public init(bytes: [UInt8], declaredCharset: String? = nil, url: String? = nil, finalURL: String? = nil,
                options: ExtractionOptions = ExtractionOptions(), siteRule: SiteRule? = nil) {
        self.bytes = bytes
        self.declaredCharset = declaredCharset
        self.url = url
        self.finalURL = finalURL
        self.options = options
        self.siteRule = siteRule
    }
}

/// Switches that change what an extraction reports, not what it finds.
public struct ExtractionOptions: Sendable, Equatable {
    /// Record every dropped block with the rule that dropped it.
    public var explain: Bool
    /// Write links into the Markdown.
    public var markdownLinks: Bool
    /// "Now", for refusing dates in the future; the extractor reads no clock of its own.
    public var referenceDate: Date?

    public init(explain: Bool = false, markdownLinks: Bool = false, referenceDate: Date? = nil) {
        self.explain = explain
        self.markdownLinks = markdownLinks
        self.referenceDate = referenceDate
    }
}

/// Why a page gave no article.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input has no content at all.
    case empty
    /// The input is not text (an image, a PDF, an archive...).
    case binary
    /// The page parsed, but holds no article text.
    case noArticle
    /// The page is a list of teasers (a home page or section front), not an article.
    case listingPage

    public var description: String {
        switch self {
        case .empty: "empty input"
        case .binary: "binary content, not HTML"
        case .noArticle: "no article found in the page"
        case .listingPage: "no article: the page is a listing of teasers"
        }
    }

    /// A stable machine-readable kind, as in `index.jsonl`'s `error_kind`.
    public var kind: String {
        switch self {
        case .empty: "empty"
        case .binary: "content_type"
        case .noArticle, .listingPage: "no_article"
        }
    }
}

/// Recognizes binary files by their magic numbers and by control bytes in their first 4 KB.
enum BinarySniffer {
    private static let magics: [[UInt8]] = [
        Array("%PDF".utf8), [0x89, 0x50, 0x4E, 0x47], Array("GIF8".utf8), [0xFF, 0xD8, 0xFF], [0x50, 0x4B, 0x03, 0x04],
        [0x1F, 0x8B], Array("RIFF".utf8), [0x7F, 0x45, 0x4C, 0x46], Array("BZh".utf8), [0xFD, 0x37, 0x7A, 0x58, 0x5A],
        [0x28, 0xB5, 0x2F, 0xFD], Array("OggS".utf8), Array("ID3".utf8), [0x00, 0x00, 0x01, 0x00],
    ]

    static func isBinary(_ bytes: [UInt8]) -> Bool {
        if magics.contains(where: { bytes.starts(with: $0) }) { return true }
        // UTF-16 text has a NUL in every other byte; a BOM or that pattern says so.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        // Every page passes through here: one pass over the first 4 KB, in place, counts what
        // both tests need.
        let head = HeadCounts(bytes.prefix(4096))
        let half = head.length / 2
        // NULs almost all at even offsets and text at odd ones (big-endian), or the other way round.
        if head.length >= 16 && (isUTF16(nulls: head.nulls.even, otherNulls: head.nulls.odd, otherPrintable: head.printable.odd, half: half)
            || isUTF16(nulls: head.nulls.odd, otherNulls: head.nulls.even, otherPrintable: head.printable.even, half: half)) {
            return false
        }
        return head.controls * 10 > head.length
    }

    private static func isUTF16(nulls: Int, otherNulls: Int, otherPrintable: Int, half: Int) -> Bool {
        nulls * 10 >= half * 7 && otherNulls * 20 < half && otherPrintable * 10 >= half * 7
    }

    /// Byte counts of a file's head: NULs and printable ASCII at even and odd offsets, and
    /// control bytes that text does not hold.
    private struct HeadCounts {
        let length: Int
        let nulls: (even: Int, odd: Int)
        let printable: (even: Int, odd: Int)
        let controls: Int

        /// What each byte value counts as, one 16-bit lane per count (a head of 4 KB cannot
        /// overflow one): adding a byte's entry counts it at once, with no branch per byte.
        private static let lanes: [UInt64] = (0...255).map { value -> UInt64 in
            let byte = UInt8(value)
            let isNull: UInt64 = byte == 0 ? 1 : 0
            let isPrintable: UInt64 = (byte >= 0x20 && byte < 0x7F) || byte == 0x0A ? 1 : 0
            // Escape (0x1B) is text in ISO-2022 encodings.
            let isControl: UInt64 = byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) ? 1 : 0
            return isNull | isPrintable << 16 | isControl << 32
        }

        init(_ head: ArraySlice<UInt8>) {
            length = head.count
            var even: UInt64 = 0
            var odd: UInt64 = 0
            Self.lanes.withUnsafeBufferPointer { lanes in
                head.withUnsafeBufferPointer { bytes in
                    var index = 0
                    while index + 1 < bytes.count {
                        even &+= lanes[Int(bytes[index])]
                        odd &+= lanes[Int(bytes[index + 1])]
                        index += 2
                    }
                    if index < bytes.count { even &+= lanes[Int(bytes[index])] }
                }
            }
            func lane(_ counts: UInt64, _ number: UInt64) -> Int { Int(truncatingIfNeeded: counts >> (16 * number) & 0xFFFF) }
            nulls = (lane(even, 0), lane(odd, 0))
            printable = (lane(even, 1), lane(odd, 1))
            controls = lane(even, 2) + lane(odd, 2)
        }
    }
}
