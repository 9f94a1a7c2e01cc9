// PithStore
