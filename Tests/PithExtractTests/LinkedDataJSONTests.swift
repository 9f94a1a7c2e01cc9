import Foundation
@testable import PithExtract
import Testing

/// The JSON-LD reader must give exactly Foundation's values, or nothing (then Foundation is
/// asked): each case is compared with `JSONSerialization` itself.
@Suite struct LinkedDataJSONTests {
    /// A value as text that tells every difference the metadata reader could see: types as it
    /// casts them, strings by their exact bytes, objects with sorted keys and their count.
    static func describe(_ value: Any) -> String {
        if let string = value as? String { return "s(" + string.utf8.map { String($0) }.joined(separator: ",") + ")" }
        if let array = value as? [Any] { return "[" + array.map(describe).joined(separator: ";") + "]" }
        if let object = value as? [String: Any] {
            let entries = object.keys.sorted().map { "s(\($0.utf8.map { String($0) }))=" + describe(object[$0]!) }
            return "{\(object.count)|" + entries.joined(separator: ";") + "}"
        }
        if value is NSNull { return "null" }
        if let number = value as? NSNumber { return "n(\(number.doubleValue))" }
        return "other"
    }

    static func ours(_ json: String) -> String? {
        LinkedDataJSON.parse(Array(json.utf8)[...]).map(describe)
    }

    static func foundation(_ json: String) -> String? {
        LinkedDataParser.foundationParse(Array(json.utf8)[...]).map(describe)
    }

    /// Documents both read: the values must be the same.
    static let agreed = [
        #"{"@type":"NewsArticle","headline":"Harbour reopens","author":{"@type":"Person","name":"Jane Doe"}}"#,
        #"[{"a":1},{"b":[true,false,null]},[]]"#,
        #"{"escapes":"quote \" slash \/ back \\ tab \t nl \n cr \r bs \b ff \f"}"#,
        #"{"unicode":"caf\u00e9 \u00E9t\u00e9 \u4e2d \u0000 end"}"#,
        #"{"pair":"smile \ud83d\ude00 and \uD834\uDD1E"}"#,
        #"{"raw":"Grüße, 東京, emoji 😀, combining e\#u{301}"}"#,
        #"{"numbers":[0,-0,12,-3.25,1e5,2E-3,6.02e+23,0.5,123456789012345]}"#,
        #"{"dup":"first","dup":"second"}"#,
        #"{"trailing":[1,2,],"x":{"y":1,},}"#,
        " { \"spaced\" : [ 1 , \"two\" , { } , [ ] ] } \n\t\r ",
        #"{"nested":{"a":{"b":{"c":{"d":["deep"]}}}}}"#,
        #"{"": "empty key", "k": ""}"#,
    ]

    /// Documents Foundation refuses, or reads in ways not reproduced: ours must give nil.
    static let refused = [
        #"{"a":1"#, #"{"a":1}}"#, #"{"a" 1}"#, #"{a:1}"#, #"{"a":01}"#, #"{"a":1.}"#, #"{"a":.5}"#, #"{"a":-}"#,
        #"{"a":+1}"#, #"{"a":1e}"#, #"{"a":tru}"#, #"{"a":nul}"#, #"{"a":"\x"}"#, #"{"a":"\u12"}"#,
        #"{"a":"\ud83d"}"#, #"{"a":"\ud83d\u0041"}"#, #"{"a":"\ude00"}"#, "{\"a\":\"tab\there\"}", "{\"a\":\"line\nbreak\"}",
        #"{"a":[1,,2]}"#, #"{"a":1,,"b":2}"#, #"{,}"#, #"[,]"#, #"{"a":1} {"b":2}"#, #"{"a":1},{"b":2}"#,
        #"{"a":1e400}"#, #"{"a":12345678901234567890}"#, "{\"a\":\"\u{FEFF}bom\"}", #"{"a":"unterminated}"#,
        #"{"a":1x}"#, #"{"a":truex}"#,
    ]

    @Test func agreesWithFoundation() {
        for json in Self.agreed {
            let ours = Self.ours(json)
            #expect(ours != nil, "should read: \(json)")
            #expect(ours == Self.foundation(json), "differs from Foundation: \(json)")
        }
    }

    @Test func leavesTheRestToFoundation() {
        for json in Self.refused {
            let ours = Self.ours(json)
            // Either refused, or (had Foundation read it too) the same value.
            #expect(ours == nil || ours == Self.foundation(json), "\(json)")
            #expect(ours == nil, "should be left to Foundation: \(json)")
        }
    }

    /// A repeated key keeps its last value, as in Foundation.
    @Test func aRepeatedKeyKeepsItsLastValue() {
        let object = LinkedDataJSON.parse(Array(#"{"k":"one","k":"two"}"#.utf8)[...]) as? [String: Any]
        #expect(object?["k"] as? String == "two")
    }

    /// Numbers never read as text, in Foundation's values or ours.
    @Test func numbersAreNotStrings() {
        for value in [LinkedDataJSON.parse(Array("[2019]".utf8)[...]), LinkedDataParser.foundationParse(Array("[2019]".utf8)[...])] {
            let first = (value as? [Any])?.first
            #expect(first != nil)
            #expect(first as? String == nil)
        }
    }

    /// Deep nesting is left to Foundation rather than recursing without end.
    @Test func deepNestingIsLeftToFoundation() {
        let json = String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
        #expect(LinkedDataJSON.parse(Array(json.utf8)[...]) == nil)
    }

    /// Malformed scripts still go through repair: a trailing comma and a raw newline inside a
    /// string come out as before.
    @Test func repairedScriptsStillParse() {
        let values = LinkedDataParser.values(in: "<!--{\"headline\":\"Two\nlines\",\"name\":\"x\",}-->")
        let object = values.first as? [String: Any]
        #expect(object?["headline"] as? String == "Two lines")
    }
}
