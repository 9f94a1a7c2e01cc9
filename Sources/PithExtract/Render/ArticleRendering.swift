/// The output formats of `pith extract` and `pith scrape`.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// The body only: blocks separated by one blank line.
    case text
    /// YAML front matter with the metadata, `# Title`, then the body in Markdown.
    case markdown
    /// One JSON object with the metadata, the text, the Markdown and hashes.
    case json

    /// The file extension for the format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        }
    }
}

extension Article {
    /// The version of the JSON object's layout.
    public static let jsonSchemaVersion = 1

    /// The article in `format`, ending with a newline.
    public func rendered(as format: ArticleFormat, includeDropped: Bool = false) -> String {
        switch format {
        case .text: return text + "\n"
        case .markdown: return markdownDocument() + "\n"
        case .json: return JSONWriter(pretty: true).write(jsonValue(includeDropped: includeDropped)) + "\n"
        }
    }

    /// The JSON object, fields in a fixed order.
    public func jsonValue(includeDropped: Bool = false) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("schema_version", .number(Article.jsonSchemaVersion)),
            ("url", .optional(url)),
            ("final_url", .optional(finalURL)),
            ("canonical_url", .optional(metadata.canonicalURL)),
            ("title", .optional(metadata.title)),
            ("authors", .array(metadata.authors.map(JSONWriter.Value.string))),
            ("published", .optional(metadata.published)),
            ("modified", .optional(metadata.modified)),
            ("site_name", .optional(metadata.siteName)),
            ("language", .optional(metadata.language)),
            ("description", .optional(metadata.description)),
            ("image", .optional(metadata.image)),
            ("tags", .array(metadata.tags.map(JSONWriter.Value.string))),
            ("text", .string(text)),
            ("markdown", .string(markdown)),
            ("word_count", .number(wordCount)),
            ("content_hash", .string(contentHash)),
            ("encoding", .string(encoding)),
            ("strategy", .string(strategy)),
            ("extractor_version", .string(extractorVersion)),
        ]
        if includeDropped {
            members.append(("dropped", .array(dropped.map { drop in
                .object([("rule", .string(drop.ruleID)), ("phase", .string(drop.phase)), ("text", .string(drop.excerpt))])
            })))
        }
        return .object(members)
    }

    /// Front matter, title and body.
    public func markdownDocument() -> String {
        var lines = ["---"]
        func field(_ key: String, _ value: String?) {
            guard let value else { return }
            var quoted = ""
            JSONWriter.quote(value, into: &quoted)
            lines.append("\(key): \(quoted)")
        }
        func list(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            lines.append("\(key):")
            for value in values {
                var quoted = ""
                JSONWriter.quote(value, into: &quoted)
                lines.append("  - \(quoted)")
            }
        }
        field("title", metadata.title)
        list("authors", metadata.authors)
        field("published", metadata.published)
        field("modified", metadata.modified)
        field("site_name", metadata.siteName)
        field("language", metadata.language)
        field("url", url)
        field("final_url", finalURL)
        field("canonical_url", metadata.canonicalURL)
        field("description", metadata.description)
        field("image", metadata.image)
        list("tags", metadata.tags)
        field("content_hash", contentHash)
        field("extractor_version", extractorVersion)
        lines.append("---")
        var document = lines.joined(separator: "\n") + "\n\n"
        if let title = metadata.title, !title.isEmpty { document += "# " + title + "\n\n" }
        return document + markdown
    }
}
