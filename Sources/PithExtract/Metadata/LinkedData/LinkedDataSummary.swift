import Foundation

/// What a page's JSON-LD says about its article, reduced to plain Sendable values.
///
/// Fields come from the best node first: an Article-family node, then another single work
/// (Recipe, VideoObject...), then the WebPage. The raw JSON never leaves this file.
struct LinkedDataSummary: Sendable {
    var headline: String?
    var name: String?
    var authors: [AuthorCandidate] = []
    var published: String?
    var modified: String?
    var publisher: String?
    var websiteName: String?
    var language: String?
    var description: String?
    var image: String?
    var url: String?
    var keywords: [String] = []
    var articleBody: String?

    init(scripts: [String]) {
        let objects = LinkedDataParser.objects(inScripts: scripts)
        guard !objects.isEmpty else { return }
        let reader = LinkedDataReader(objects: objects)
        let chain = reader.describingNodes()
        headline = reader.firstString(in: chain, keys: ["headline", "alternativeHeadline"])
        name = reader.firstString(in: chain, keys: ["name"])
        authors = chain.lazy.map { reader.authors(of: $0) }.first { !$0.isEmpty } ?? []
        published = reader.firstString(in: chain, keys: ["datePublished", "dateCreated", "uploadDate", "startDate"])
        modified = reader.firstString(in: chain, keys: ["dateModified"])
        publisher = chain.lazy.compactMap { reader.name(of: $0["publisher"]) }.first
        websiteName = reader.websiteName()
        language = chain.lazy.compactMap { reader.language(of: $0["inLanguage"]) }.first
        description = reader.firstString(in: chain, keys: ["description"])
        image = chain.lazy.compactMap { reader.imageURL($0["image"] ?? $0["thumbnailUrl"]) }.first
        url = chain.lazy.compactMap { reader.plainString($0["url"]) ?? reader.identifier($0["mainEntityOfPage"]) }.first
        keywords = chain.lazy.map { reader.keywords($0["keywords"]) }.first { !$0.isEmpty } ?? []
        articleBody = reader.articleBody(in: chain)
    }

    /// ``articleBody`` with entities decoded and the ends trimmed.
    var cleanArticleBody: String? {
        articleBody.map { MetadataText.trimmingUnicodeSpace(MetadataText.decodingEntities($0)) }
    }
}

/// One author as a page's structured data names it.
struct AuthorCandidate: Sendable, Equatable {
    var name: String
    var isOrganization: Bool
}

/// Reads fields out of parsed JSON-LD objects, resolving `@id` references.
private struct LinkedDataReader {
    let objects: [[String: Any]]
    /// Each object's `@type`s, read once.
    let objectTypes: [[String]]
    let byIdentifier: [String: [String: Any]]

    init(objects: [[String: Any]]) {
        self.objects = objects
        self.objectTypes = objects.map { object in object["@type"].map(LinkedDataReader.types(of:)) ?? [] }
        var index: [String: [String: Any]] = [:]
        for object in objects {
            // The fullest object with an id wins: references repeat the id with nothing else.
            guard let id = object["@id"] as? String, object.count > 1 else { continue }
            if let existing = index[id], existing.count >= object.count { continue }
            index[id] = object
        }
        byIdentifier = index
    }

    /// The nodes that describe the page's work, best first: one per family.
    func describingNodes() -> [[String: Any]] {
        let families = [LinkedDataVocabulary.articleTypes, LinkedDataVocabulary.workTypes, LinkedDataVocabulary.pageTypes]
        var found: [[String: Any]?] = Array(repeating: nil, count: families.count)
        for (object, types) in zip(objects, objectTypes) where !types.isEmpty {
            for (index, family) in families.enumerated() where found[index] == nil && types.contains(where: family.contains) {
                found[index] = object
            }
        }
        return found.compactMap { $0 }
    }

    func types(of object: [String: Any]) -> [String] {
        object["@type"].map(LinkedDataReader.types(of:)) ?? []
    }

    /// `@type` values without their `schema:` or URL prefix, lowercased.
    static func types(of value: Any) -> [String] {
        let raw: [Any] = (value as? [Any]) ?? [value]
        return raw.compactMap { value in
            guard let type = value as? String else { return nil }
            var local = Substring(type)
            if let cut = local.lastIndex(where: { $0 == "/" || $0 == ":" || $0 == "#" }) { local = local[local.index(after: cut)...] }
            return String(local).asciiLowercased
        }
    }

    func firstString(in chain: [[String: Any]], keys: [String]) -> String? {
        for object in chain {
            for key in keys {
                if let value = plainString(object[key]) { return value }
            }
        }
        return nil
    }

    /// A text value: a string, the first string of an array, or a `@value` object.
    func plainString(_ value: Any?) -> String? {
        switch value {
        case let string as String:
            return MetadataText.nonEmpty(MetadataText.decodingEntities(string))
        case let array as [Any]:
            return array.lazy.compactMap { plainString($0) }.first
        case let object as [String: Any]:
            return plainString(object["@value"])
        default:
            return nil
        }
    }

    /// The object a value stands for, following an `@id` reference when it is one.
    func resolved(_ value: Any?) -> [String: Any]? {
        guard let object = value as? [String: Any] else { return nil }
        if let id = object["@id"] as? String, let target = byIdentifier[id] { return target }
        return object
    }

    func identifier(_ value: Any?) -> String? {
        if let string = value as? String { return plainString(string) }
        return plainString((value as? [String: Any])?["@id"]) ?? plainString((value as? [String: Any])?["url"])
    }

    func name(of value: Any?) -> String? {
        if let string = value as? String { return plainString(string) }
        if let array = value as? [Any] { return array.lazy.compactMap { name(of: $0) }.first }
        guard let object = resolved(value) else { return nil }
        return plainString(object["name"]) ?? plainString(object["legalName"])
    }

    func authors(of object: [String: Any]) -> [AuthorCandidate] {
        authorCandidates(object["author"]) + (object["author"] == nil ? authorCandidates(object["creator"]) : [])
    }

    private func authorCandidates(_ value: Any?) -> [AuthorCandidate] {
        switch value {
        case let string as String:
            return plainString(string).map { [AuthorCandidate(name: $0, isOrganization: false)] } ?? []
        case let array as [Any]:
            return array.flatMap { authorCandidates($0) }
        case let object as [String: Any]:
            guard let person = resolved(object) else { return [] }
            let given = [plainString(person["givenName"]), plainString(person["familyName"])].compactMap { $0 }
            guard let name = plainString(person["name"]) ?? (given.isEmpty ? nil : given.joined(separator: " ")) else {
                return []
            }
            let isOrganization = types(of: person).contains(where: LinkedDataVocabulary.organizationTypes.contains)
            return [AuthorCandidate(name: name, isOrganization: isOrganization)]
        default:
            return []
        }
    }

    func websiteName() -> String? {
        let site = zip(objects, objectTypes).first { $0.1.contains(LinkedDataVocabulary.websiteType) }
        return site.flatMap { plainString($0.0["name"]) }
    }

    func language(of value: Any?) -> String? {
        if let object = value as? [String: Any] {
            return plainString(object["alternateName"]) ?? plainString(object["name"])
        }
        return plainString(value)
    }

    func imageURL(_ value: Any?) -> String? {
        switch value {
        case let string as String: return plainString(string)
        case let array as [Any]: return array.lazy.compactMap { imageURL($0) }.first
        case let object as [String: Any]:
            let image = resolved(object) ?? object
            return plainString(image["url"]) ?? plainString(image["contentUrl"])
        default: return nil
        }
    }

    func keywords(_ value: Any?) -> [String] {
        switch value {
        case let string as String:
            return MetadataText.decodingEntities(string).split(separator: ",").compactMap { MetadataText.nonEmpty(String($0)) }
        case let array as [Any]:
            return array.flatMap { keywords($0) }
        default:
            return []
        }
    }

    /// The article's full text when the page embeds it: `articleBody`, a posting's `text`, or
    /// a review's `reviewBody`.
    /// The body is kept as written; it is cleaned only when someone asks for it
    /// (``LinkedDataSummary/cleanArticleBody``), which most pages never do.
    func articleBody(in chain: [[String: Any]]) -> String? {
        for object in chain {
            for key in ["articleBody", "text", "reviewBody"] {
                if let body = object[key] as? String, body.utf8.contains(where: { !isASCIISpace($0) }) { return body }
            }
        }
        return nil
    }
}
