/// What a boilerplate block is: the categories rules are grouped by.
public enum BoilerplateCategory: String, CaseIterable, Sendable, Codable {
    case donation, newsletter, paywall, consent, social, related
    /// References and further-information lists under an article: unlike related lists they
    /// also appear as boxes inside it, so they end only the article's last part.
    case references
    case comments, navigation, ads
    case byline, toolbar, footer, header, copyright, tags, hidden
}

/// One rule that marks boilerplate: an id a user can disable, a category, what it matches and
/// why it exists.
///
/// Rules are data. The built-in ones live in typed tables, one file per category
/// (`DonationRules.swift`, `NewsletterRules.swift`, ...); a user's rules file adds more and
/// disables some by id. How each kind of ``Matcher`` is applied is decided by the extraction
/// phases, not by the rule: a class token prunes a whole subtree before scoring, a phrase only
/// marks a *short* block, and only in combination with other evidence.
public struct BoilerplateRule: Sendable, Equatable {
    /// What in the page a rule looks at.
    public enum Matcher: Sendable, Equatable {
        /// Tokens of `class` and `id` values, split at `-`, `_`, spaces and camelCase humps and
        /// lowercased. A rule token with a hyphen (`most-popular`) matches consecutive tokens.
        case classTokens([String])
        /// ARIA `role` values.
        case roles([String])
        /// Element names (`nav`, `aside`).
        case tags([String])
        /// Call-to-action wording that marks a short block (lowercase; matched at word
        /// boundaries on the block's normalized text).
        case phrases([String])
        /// Labels that are a whole block by themselves ("Advertisement", "Share").
        case labels([String])
        /// Words that open a block listing boilerplate ("Tags:", "Related:", "Read more:"), or a
        /// heading that starts an end-of-article section; such a block ends the article.
        case sectionStarts([String])
        /// Link targets that mark a block whose links or form go there: a path such as `/donate`
        /// matches at a path-segment boundary (`/donate`, `/donate/`, `/donate?x`, `/donate-now`,
        /// not `/donatella`); a host fragment such as `patreon.com/` anywhere in the URL.
        case linkTargets([String])
        /// An `<input type=email>` (or an input named for e-mail) inside a short block.
        case emailInputs
        /// Words that open a short block of their kind, followed by a colon ("Foto: dpa",
        /// "Kontakt: ...", "Autor: ..."): a credit, contact or author line.
        case prefixes([String])
    }

    public let id: String
    public let category: BoilerplateCategory
    public let matcher: Matcher
    /// One line: why this is boilerplate.
    public let reason: String

    public init(id: String, category: BoilerplateCategory, matcher: Matcher, reason: String) {
        self.id = id
        self.category = category
        self.matcher = matcher
        self.reason = reason
    }
}
