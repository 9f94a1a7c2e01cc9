/// The page's `<meta>` tags as key → values, keys lowercased.
///
/// `name`, `property`, `itemprop` and `http-equiv` share one key space: sites put `og:title`
/// in `name` as often as in `property`. A `property` holding several space-separated keys
/// counts for each of them.
struct MetaTags: Sendable {
    private var values: [String: [String]] = [:]

    mutating func add(key: String, value: String) {
        guard !value.isEmpty else { return }
        let lower = key.asciiLowercased
        guard lower.utf8.contains(where: isASCIISpace) else {
            values[lower, default: []].append(value)
            return
        }
        for part in lower.utf8.split(whereSeparator: isASCIISpace) {
            values[String(decoding: part, as: UTF8.self), default: []].append(value)
        }
    }

    var isEmpty: Bool { values.isEmpty }

    /// Every value for `key`, in page order.
    func all(_ key: String) -> [String] { values[key] ?? [] }

    /// The first non-empty value among `keys`, tried in order, whitespace-normalized.
    func first(_ keys: [String]) -> String? {
        for key in keys {
            for value in values[key] ?? [] {
                if let clean = MetadataText.nonEmpty(MetadataText.decodingEntities(value)) { return clean }
            }
        }
        return nil
    }

    /// Every non-empty value of every key in `keys`, keys in order, whitespace-normalized.
    func every(_ keys: [String]) -> [String] {
        keys.flatMap { key in
            (values[key] ?? []).compactMap { MetadataText.nonEmpty(MetadataText.decodingEntities($0)) }
        }
    }
}
