// PithCore
