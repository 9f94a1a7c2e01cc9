// swift-tools-version: 6.1
// Pith: fetch web pages, keep only the article, track how it changes.
import PackageDescription

let package = Package(
    name: "Pith",
    products: [
        .executable(name: "pith", targets: ["pith"]),
        /// libxml2's HTML parser driven through SAX into Pith's compact document tree.
        .library(name: "PithHTML", targets: ["PithHTML"]),
        /// The pure article extractor: HTML bytes in, a normalized `Article` out.
        .library(name: "PithExtract", targets: ["PithExtract"]),
        /// The polite libcurl fetcher.
        .library(name: "PithFetch", targets: ["PithFetch"]),
        /// The SQLite history of extractions, and diffs between them.
        .library(name: "PithStore", targets: ["PithStore"]),
        /// Orchestration: extract, scrape and run pipelines, jobs, writers, reports.
        .library(name: "PithCore", targets: ["PithCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C libraries, each imported by exactly one Swift module.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // The pipeline, one stage per module: parse → extract → fetch → store → orchestrate → CLI.
        .target(name: "PithHTML", dependencies: ["CLibXML2"]),
        // Pith's own C: SHA-256 with the CPU's SHA instructions, for hashing every fetched body.
        .target(name: "CPithSHA256"),
        .target(name: "PithExtract", dependencies: ["PithHTML", "CPithSHA256"]),
        .target(name: "PithFetch", dependencies: ["CCurl"]),
        .target(name: "PithStore", dependencies: ["CSQLite", "CZlib", "PithExtract"]),
        .target(
            name: "PithCore",
            dependencies: ["PithHTML", "PithExtract", "PithFetch", "PithStore", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "pith",
            dependencies: ["PithCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Benchmarks (not part of the product): `swift run -c release pith-bench FOLDER`.
        .executableTarget(name: "pith-bench", dependencies: ["PithExtract", "PithHTML"], path: "Benchmarks/ExtractBench"),

        // Tests.
        .target(name: "_PithTestSupport", dependencies: ["PithCore", "CZlib"], path: "Tests/_PithTestSupport"),
        .testTarget(name: "PithHTMLTests", dependencies: ["PithHTML", "_PithTestSupport"]),
        .testTarget(name: "PithExtractTests", dependencies: ["PithExtract", "_PithTestSupport"]),
        .testTarget(name: "PithFetchTests", dependencies: ["PithFetch", "_PithTestSupport"]),
        .testTarget(name: "PithStoreTests", dependencies: ["PithStore", "_PithTestSupport"]),
        .testTarget(name: "PithCoreTests", dependencies: ["PithCore", "_PithTestSupport"]),
        .testTarget(name: "PithCLITests", dependencies: ["pith", "_PithTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
