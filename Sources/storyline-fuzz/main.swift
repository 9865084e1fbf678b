// storyline-fuzz: libFuzzer harnesses over the storyline library, and a replayer for their inputs.
//
// Fuzzing build (see fuzz.mk):
//   swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
//       --product storyline-fuzz
//   STORYLINE_FUZZ_TARGET=extract .build-fuzz/debug/storyline-fuzz Fuzz/corpus/extract -dict=Fuzz/dict/extract.dict
// Normal build (`swift build`): the same checks, run on files given on the command line:
//   storyline-fuzz replay extract crash-1234 Fuzz/corpus/extract
//   storyline-fuzz export json article.txt      (the pipeline's output on stdout; used by determinism tests)
import Foundation

#if FUZZING
/// The target chosen once per process by `STORYLINE_FUZZ_TARGET`.
nonisolated(unsafe) private var selectedTarget: FuzzTarget = .extract

@_cdecl("LLVMFuzzerTestOneInput")
public func storylineFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    selectedTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                             _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

let targetName = ProcessInfo.processInfo.environment["STORYLINE_FUZZ_TARGET"] ?? "extract"
guard let target = FuzzTarget(rawValue: targetName) else {
    FileHandle.standardError.write(Data("storyline-fuzz: unknown STORYLINE_FUZZ_TARGET '\(targetName)' (one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))\n".utf8))
    exit(2)
}
selectedTarget = target
var fuzzArgc = CommandLine.argc
var fuzzArgv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&fuzzArgc, &fuzzArgv, storylineFuzzOne))
#else
exit(ReplayTool.main(Array(CommandLine.arguments.dropFirst())))
#endif
