import PithExtract

/// A change in one of the metadata fields a reader cares about: title, authors, dates.
public struct MetadataChange: Sendable, Equatable {
    /// The fields compared, in report order.
    public enum Field: String, Sendable, CaseIterable {
        case title, authors, published, modified
    }

    /// A field's value: text, a list (authors), or absent.
    public enum Value: Sendable, Equatable, Encodable, CustomStringConvertible {
        case text(String)
        case list([String])
        case absent

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .text(text): try container.encode(text)
            case let .list(list): try container.encode(list)
            case .absent: try container.encodeNil()
            }
        }

        /// Quoted text, a comma-separated list, or `(none)`.
        public var description: String {
            switch self {
            case let .text(text): "\"\(text)\""
            case let .list(list): list.isEmpty ? "(none)" : list.joined(separator: ", ")
            case .absent: "(none)"
            }
        }
    }

    public var field: Field
    public var from: Value
    public var to: Value

    /// The changed fields between two versions' metadata, in ``Field`` order.
    public static func changes(from old: ArticleMetadata, to new: ArticleMetadata) -> [MetadataChange] {
        Field.allCases.compactMap { field in
            let (before, after) = (value(field, old), value(field, new))
            return before == after ? nil : MetadataChange(field: field, from: before, to: after)
        }
    }

    private static func value(_ field: Field, _ metadata: ArticleMetadata) -> Value {
        func text(_ string: String?) -> Value { string.map { .text($0) } ?? .absent }
        switch field {
        case .title: return text(metadata.title)
        case .authors: return metadata.authors.isEmpty ? .absent : .list(metadata.authors)
        case .published: return text(metadata.published)
        case .modified: return text(metadata.modified)
        }
    }
}
