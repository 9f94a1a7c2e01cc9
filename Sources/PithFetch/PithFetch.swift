// PithFetch
