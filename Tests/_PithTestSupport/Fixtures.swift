import Foundation

/// The project's `Fixtures/` folder, found relative to this source file so tests run from any
/// working directory.
public enum FixturePaths {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    public static var pages: URL { root.appendingPathComponent("pages") }
    public static var history: URL { root.appendingPathComponent("history") }
    public static var demo: URL { root.appendingPathComponent("demo") }
}

/// One extraction fixture: `Fixtures/pages/<slug>/` with `page.html`, `fixture.json` and
/// (unless the page has no article) `expected.txt`.
public struct PageFixture: Sendable, CustomStringConvertible {
    public let slug: String
    public let folder: URL
    public let spec: Spec

    /// `fixture.json`.
    public struct Spec: Decodable, Sendable {
        public var description: String?
        public var url: String?
        public var charset: String?
        public var with: [String]?
        public var without: [String]?
        public var title: String?
        public var authors: [String]?
        public var published: String?
        public var modified: String?
        public var siteName: String?
        public var language: String?
        public var minF1: Double?
        public var expectNoArticle: Bool?
        /// The rung that must produce the article (`strict`, ..., `structured-data`): a fixture
        /// about a name that must not prune sets `strict`, so a fallback rung cannot hide it.
        public var strategy: String?

        enum CodingKeys: String, CodingKey {
            case description, url, charset, with, without, title, authors, published, modified, language
            case siteName = "site_name"
            case minF1 = "min_f1"
            case expectNoArticle = "expect_no_article"
            case strategy
        }
    }

    public var description: String { slug }
    public var pagePath: String { folder.appendingPathComponent("page.html").path }
    public var expectedPath: String { folder.appendingPathComponent("expected.txt").path }

    public func pageBytes() throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent("page.html")))
    }

    /// The hand-written article text, if the fixture has one.
    public func expectedText() -> String? {
        (try? String(contentsOfFile: expectedPath, encoding: .utf8))
    }

    /// Every fixture under `Fixtures/pages`, in name order.
    public static func all() -> [PageFixture] {
        let folders = (try? FileManager.default.contentsOfDirectory(at: FixturePaths.pages, includingPropertiesForKeys: nil)) ?? []
        return folders.sorted { $0.lastPathComponent < $1.lastPathComponent }.compactMap { folder in
            let specURL = folder.appendingPathComponent("fixture.json")
            guard let data = try? Data(contentsOf: specURL) else { return nil }
            do {
                let spec = try JSONDecoder().decode(Spec.self, from: data)
                return PageFixture(slug: folder.lastPathComponent, folder: folder, spec: spec)
            } catch {
                fatalError("\(specURL.path) is not a valid fixture: \(error)")
            }
        }
    }
}
