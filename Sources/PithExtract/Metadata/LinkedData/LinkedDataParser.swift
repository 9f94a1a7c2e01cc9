import Foundation

/// Parses JSON-LD script texts into the flat list of objects they contain, tolerating the
/// malformed JSON-LD real pages ship.
enum LinkedDataParser {
    /// The JSON objects in the scripts, in page order: top-level values, `@graph` members and
    /// the nested objects that can describe the page (`mainEntity`, `hasPart`), depth-first.
    /// Other nested values (authors, offers, ratings, breadcrumbs' items) are not walked.
    static func objects(inScripts scripts: [String]) -> [[String: Any]] {
        var objects: [[String: Any]] = []
        for script in scripts {
            for value in values(in: script) {
                collect(value, depth: 0, into: &objects)
                if objects.count >= objectCap { return objects }
            }
        }
        return objects
    }

    /// A page listing hundreds of products in JSON-LD does not get to make metadata slow.
    private static let objectCap = 400
    private static let depthCap = 8

    /// Keys whose values may hold objects that describe the page. Authors and publishers are
    /// read where they stand, so they need not be collected.
    private static let nestedKeys = ["@graph", "mainEntity", "mainEntityOfPage", "hasPart"]

    /// The parsed top-level values of one script: strict first, then repaired, then value by
    /// value.
    static func values(in script: String) -> [Any] {
        let json = LinkedDataRepair.unwrapped(script)
        guard !json.isEmpty else { return [] }
        if let value = parse(json) { return [value] }
        let repaired = LinkedDataRepair.repaired(json)
        if let value = parse(repaired[...]) { return [value] }
        return LinkedDataRepair.topLevelValues(repaired).compactMap(parse)
    }

    /// Our own reader first; Foundation for what it leaves (malformed or unusual JSON), so
    /// the values are always Foundation's.
    private static func parse(_ json: ArraySlice<UInt8>) -> Any? {
        LinkedDataJSON.parse(json) ?? foundationParse(json)
    }

    static func foundationParse(_ json: ArraySlice<UInt8>) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(json), options: [])
    }

    private static func collect(_ value: Any, depth: Int, into objects: inout [[String: Any]]) {
        guard depth < depthCap, objects.count < objectCap else { return }
        if let array = value as? [Any] {
            for element in array { collect(element, depth: depth + 1, into: &objects) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            // A fixed key order: dictionary order changes from run to run, and output must not.
            for key in nestedKeys {
                guard let nested = object[key], nested is [Any] || nested is [String: Any] else { continue }
                collect(nested, depth: depth + 1, into: &objects)
            }
        }
    }
}
