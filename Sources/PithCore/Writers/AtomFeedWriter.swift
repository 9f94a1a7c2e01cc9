import Foundation
import PithExtract
import PithStore

/// Renders the Atom feed (RFC 4287) of the latest `new` and `changed` events in the store.
///
/// Entries are built from the stored event JSON, so the feed can be rewritten at any time and
/// says the same thing the reports said. Entry ids are stable hashes of job, kind, revision and time.
public enum AtomFeedWriter {
    /// Entries kept in the feed.
    public static let entryLimit = 50

    /// The feed document.
    public static func render(_ events: [StoredEvent], updated: Date) -> String {
        let entries = events.compactMap(entry)
        let newest = events.map(\.createdAt).max() ?? updated
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Pith: changed articles</title>
              <id>urn:pith:feed</id>
              <updated>\(Timestamp.format(newest))</updated>
              <author><name>pith</name></author>
              <generator>pith</generator>
            \(entries.joined())</feed>

            """
    }

    /// Writes the feed of `store`'s latest events to `path`, atomically.
    public static func write(from store: HistoryStore, to path: String, now: Date) throws {
        let events = try store.recentEvents(kinds: [RunEvent.Kind.new.rawValue, RunEvent.Kind.changed.rawValue], limit: entryLimit)
        try AtomicFile.write(render(events, updated: now), to: path)
    }

    private static func entry(_ event: StoredEvent) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any] else { return nil }
        let job = object["job"] as? String ?? ""
        let url = object["url"] as? String ?? ""
        let title = (object["title"] as? String) ?? job
        let revision = (object["to_rev"] as? Int).map(String.init) ?? ""
        let identity = [job, event.kind, revision, Timestamp.format(event.createdAt)].joined(separator: "\u{0}")
        let heading = event.kind == "new" ? "New" : "Changed"
        return """
              <entry>
                <title>\(escape("\(heading): \(title)"))</title>
                <id>urn:pith:event:\(SHA256.hex(identity.utf8).prefix(32))</id>
                <link href="\(escape(url))"/>
                <updated>\(Timestamp.format(event.createdAt))</updated>
                <content type="text">\(escape(summary(object, heading: heading, url: url)))</content>
              </entry>

            """
    }

    /// The metadata changes and the diff lines of a changed event; the URL for a new one.
    private static func summary(_ object: [String: Any], heading: String, url: String) -> String {
        var lines: [String] = []
        for (field, change) in (object["metadata_changes"] as? [String: [String: Any]] ?? [:]).sorted(by: { $0.key < $1.key }) {
            lines.append("\(field): \(describe(change["from"])) → \(describe(change["to"]))")
        }
        for hunk in object["hunks"] as? [[String: Any]] ?? [] {
            for line in hunk["lines"] as? [[String: Any]] ?? [] {
                lines.append((line["op"] as? String ?? " ") + (line["text"] as? String ?? ""))
            }
        }
        return lines.isEmpty ? "\(heading): \(url)" : lines.joined(separator: "\n")
    }

    private static func describe(_ value: Any?) -> String {
        switch value {
        case let text as String: "\"\(text)\""
        case let list as [String]: list.joined(separator: ", ")
        default: "(none)"
        }
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\n", "\t": escaped.unicodeScalars.append(scalar)
            default:
                // XML 1.0 forbids other control characters, even escaped.
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }
}
