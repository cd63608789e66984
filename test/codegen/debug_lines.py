# RUN: %kiln emit-llvm -O0 -g %s | FileCheck %s
# -g maps native code to the .py lines: one subprogram per code object
# named by its qualified name, and locations on the lowered instructions.
def f(x):
    y = x + 1
    return y

# CHECK: define internal i64 @__main__.f(ptr %frame, i64 %sent) {{.*}}!dbg [[SP:![0-9]+]]
# CHECK: call i64 @kiln_number_binary_op({{.*}}), !dbg [[LOC:![0-9]+]]
# CHECK-DAG: [[SP]] = distinct !DISubprogram(name: "f", linkageName: "__main__.f", scope: {{.*}}, file: {{.*}}, line: 4
# CHECK-DAG: [[LOC]] = !DILocation(line: 5, column: {{[0-9]+}}, scope: [[SP]])
# CHECK-DAG: !DIFile(filename: "debug_lines.py"
