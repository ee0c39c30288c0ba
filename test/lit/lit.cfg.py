# lit configuration: whole programs built for the cpu device with gpulibc's
# config file, run through gpurun, and checked with FileCheck.
import os

import lit.formats

config.name = "gpulibc"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)

lanes = lit_config.params.get("lanes", "32")
if lanes not in ("1", "32", "64"):
    lit_config.fatal("lanes must be 1, 32 or 64")
config.test_exec_root = os.path.join(config.gpulibc_build, "lit-output", "lanes" + lanes)

share = os.path.join(config.gpulibc_build, "share", "gpulibc")
gpurun = os.path.join(config.gpulibc_build, "bin", "gpurun")
# A hang must fail the test, not the whole run.
run = "%s --lanes %s --timeout 60" % (gpurun, lanes)

config.substitutions.append(("%cc", "%s --config=%s/cpu.cfg -O2" % (config.c_compiler, share)))
config.substitutions.append(("%cxx", "%s --config=%s/cpu.cfg -O2" % (config.cxx_compiler, share)))
config.substitutions.append(("%amdgpu_cc", "%s --config=%s/amdgpu.cfg -O2" % (config.c_compiler, share)))
config.substitutions.append(("%host_cc", config.c_compiler))
config.substitutions.append(("%gpurun_bare", gpurun))
config.substitutions.append(("%gpurun", run))
config.substitutions.append(("%lanes", lanes))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
config.substitutions.append(("%readelf", config.readelf))
config.substitutions.append(("FileCheck", config.filecheck))
config.substitutions.append(("%not", config.not_tool))

config.available_features.add("lanes-" + lanes)
import shutil
if shutil.which("gdb"):
    config.available_features.add("gdb")
config.substitutions.append(("%gdb_script", os.path.join(config.gpulibc_source, "utils", "gdb", "gpurun.gdb")))
if config.gpu_targets == "ON":
    config.available_features.add("gpu-targets")

# The environment the programs see is the test's, plus a marker for getenv tests.
config.environment["GPULIBC_TEST_MARKER"] = "present"
for var in ("PATH", "HOME", "TMPDIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
