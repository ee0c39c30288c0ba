// main's return value is gpurun's exit status.
// RUN: %cc %s -o %t
// RUN: %gpurun %t; test $? -eq 3
// RUN: %gpurun --blocks 2 --threads 40 %t; test $? -eq 3
int main(void) { return 3; }
