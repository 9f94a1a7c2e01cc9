import PithHTML

/// A user's extraction rule for one host: where the article is and what to drop from it.
///
/// The same `{content, strip}` schema serves the rules file's `sites:` entries and a job's
/// `selectors:`; precedence is job over site rule over the built-in defaults. The selectors
/// are compiled XPath, so a mistake surfaces when the rule is built, not when a page is
/// extracted; ``XPath/source`` gives each back as written.
public struct SiteRule: Sendable, Equatable {
    /// XPath 1.0 of the article node; when it matches, scoring is skipped.
    public var content: XPath?
    /// XPaths of nodes to remove before anything else runs.
    public var strip: [XPath]

    public init(content: XPath? = nil, strip: [XPath] = []) {
        self.content = content
        self.strip = strip
    }

    /// Compiles selectors written as strings, as a rules file or a job gives them.
    public init(content: String?, strip: [String]) throws(SiteRuleError) {
        self.content = try content.map { source throws(SiteRuleError) in try Self.selector(source, field: "content") }
        var compiled: [XPath] = []
        for (index, source) in strip.enumerated() {
            compiled.append(try Self.selector(source, field: "strip[\(index + 1)]"))
        }
        self.strip = compiled
    }

    /// Compiles one `content` or `strip` selector. It must select elements: an XPath that
    /// computes a string, number or boolean, or selects only attributes, selects nothing to
    /// keep or remove, so it is refused here rather than silently doing nothing.
    /// - Parameter field: how the selector is named in the error, e.g. `content` or `strip[2]`.
    public static func selector(_ source: String, field: String) throws(SiteRuleError) -> XPath {
        let xpath: XPath
        do {
            xpath = try XPath.compile(source)
        } catch {
            throw .invalidXPath(field: field, error)
        }
        guard xpath.resultType == .nodeSet else {
            throw .notANodeSet(field: field, source: source, type: xpath.resultType)
        }
        guard !xpath.selectsOnlyAttributes else { throw .selectsAttributes(field: field, source: source) }
        return xpath
    }
}

/// Why a site rule's selector cannot be used.
public enum SiteRuleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The selector is not valid XPath 1.0; the error gives the column.
    case invalidXPath(field: String, XPathError)
    /// The selector computes a value (`count(//p)`) instead of selecting nodes.
    case notANodeSet(field: String, source: String, type: XPathType)
    /// The selector ends in an attribute step (`//img/@src`): it names no element.
    case selectsAttributes(field: String, source: String)

    public var description: String {
        switch self {
        case .invalidXPath(let field, let error):
            return "\(field): \(error)"
        case .notANodeSet(let field, let source, let type):
            return "\(field): \"\(source)\" computes a \(type.rawValue); a selector must select elements"
        case .selectsAttributes(let field, let source):
            return "\(field): \"\(source)\" selects attributes; a selector must select elements (drop the final /@...)"
        }
    }
}
