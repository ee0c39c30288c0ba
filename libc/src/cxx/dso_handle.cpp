// Referenced by compiler-generated __cxa_atexit calls; its address only has
// to be unique to the image.
extern "C" [[gnu::visibility("hidden")]] void *__dso_handle = &__dso_handle;
