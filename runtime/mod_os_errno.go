package runtime

// This file defines the errno module: the symbolic error numbers of the
// platform (Go's syscall values, so they are the C library's) and
// errorcode, number -> name.

import "syscall"

// errnoNames lists the names errno provides; where two names share a
// number the later one is errorcode's, as in CPython on Linux.
var errnoNames = []struct {
	name string
	num  syscall.Errno
}{
	{"EPERM", syscall.EPERM}, {"ENOENT", syscall.ENOENT}, {"ESRCH", syscall.ESRCH},
	{"EINTR", syscall.EINTR}, {"EIO", syscall.EIO}, {"ENXIO", syscall.ENXIO},
	{"E2BIG", syscall.E2BIG}, {"ENOEXEC", syscall.ENOEXEC}, {"EBADF", syscall.EBADF},
	{"ECHILD", syscall.ECHILD}, {"EWOULDBLOCK", syscall.EWOULDBLOCK}, {"EAGAIN", syscall.EAGAIN},
	{"ENOMEM", syscall.ENOMEM}, {"EACCES", syscall.EACCES}, {"EFAULT", syscall.EFAULT},
	{"EBUSY", syscall.EBUSY}, {"EEXIST", syscall.EEXIST}, {"EXDEV", syscall.EXDEV},
	{"ENODEV", syscall.ENODEV}, {"ENOTDIR", syscall.ENOTDIR}, {"EISDIR", syscall.EISDIR},
	{"EINVAL", syscall.EINVAL}, {"ENFILE", syscall.ENFILE}, {"EMFILE", syscall.EMFILE},
	{"ENOTTY", syscall.ENOTTY}, {"ETXTBSY", syscall.ETXTBSY}, {"EFBIG", syscall.EFBIG},
	{"ENOSPC", syscall.ENOSPC}, {"ESPIPE", syscall.ESPIPE}, {"EROFS", syscall.EROFS},
	{"EMLINK", syscall.EMLINK}, {"EPIPE", syscall.EPIPE}, {"EDOM", syscall.EDOM},
	{"ERANGE", syscall.ERANGE}, {"EDEADLK", syscall.EDEADLK}, {"ENAMETOOLONG", syscall.ENAMETOOLONG},
	{"ENOLCK", syscall.ENOLCK}, {"ENOSYS", syscall.ENOSYS}, {"ENOTEMPTY", syscall.ENOTEMPTY},
	{"ELOOP", syscall.ELOOP}, {"ENOMSG", syscall.ENOMSG}, {"EIDRM", syscall.EIDRM},
	{"EOVERFLOW", syscall.EOVERFLOW}, {"EILSEQ", syscall.EILSEQ}, {"EUSERS", syscall.EUSERS},
	{"ENOTSOCK", syscall.ENOTSOCK}, {"EDESTADDRREQ", syscall.EDESTADDRREQ}, {"EMSGSIZE", syscall.EMSGSIZE},
	{"EPROTOTYPE", syscall.EPROTOTYPE}, {"ENOPROTOOPT", syscall.ENOPROTOOPT},
	{"EPROTONOSUPPORT", syscall.EPROTONOSUPPORT}, {"ESOCKTNOSUPPORT", syscall.ESOCKTNOSUPPORT},
	{"EOPNOTSUPP", syscall.EOPNOTSUPP}, {"ENOTSUP", syscall.ENOTSUP}, {"EPFNOSUPPORT", syscall.EPFNOSUPPORT},
	{"EAFNOSUPPORT", syscall.EAFNOSUPPORT}, {"EADDRINUSE", syscall.EADDRINUSE},
	{"EADDRNOTAVAIL", syscall.EADDRNOTAVAIL}, {"ENETDOWN", syscall.ENETDOWN},
	{"ENETUNREACH", syscall.ENETUNREACH}, {"ENETRESET", syscall.ENETRESET},
	{"ECONNABORTED", syscall.ECONNABORTED}, {"ECONNRESET", syscall.ECONNRESET},
	{"ENOBUFS", syscall.ENOBUFS}, {"EISCONN", syscall.EISCONN}, {"ENOTCONN", syscall.ENOTCONN},
	{"ESHUTDOWN", syscall.ESHUTDOWN}, {"ETOOMANYREFS", syscall.ETOOMANYREFS},
	{"ETIMEDOUT", syscall.ETIMEDOUT}, {"ECONNREFUSED", syscall.ECONNREFUSED},
	{"EHOSTDOWN", syscall.EHOSTDOWN}, {"EHOSTUNREACH", syscall.EHOSTUNREACH},
	{"EALREADY", syscall.EALREADY}, {"EINPROGRESS", syscall.EINPROGRESS}, {"ESTALE", syscall.ESTALE},
	{"EDQUOT", syscall.EDQUOT}, {"ECANCELED", syscall.ECANCELED},
	{"EOWNERDEAD", syscall.EOWNERDEAD}, {"ENOTRECOVERABLE", syscall.ENOTRECOVERABLE},
}

func newErrnoModule(t *Thread) *Module {
	m := NewModule("errno")
	codes := NewDict()
	for _, e := range errnoNames {
		m.Dict.SetStr(e.name, Int(int64(e.num)))
		_ = codes.SetItem(t, Int(int64(e.num)), NewStr(e.name))
	}
	m.Dict.SetStr("errorcode", FromObject(codes))
	return m
}

func init() {
	registerBuiltin("errno", func(t *Thread) (*Module, error) { return newErrnoModule(t), nil })
}
