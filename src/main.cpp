// Thin entry point: everything lives in goalslib.
int main() { return 0; }
