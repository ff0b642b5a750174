-- make bench's amendments: every request amends another agreement, once,
-- from a file of "path TAB body" lines (tools/bench writes it with fresh
-- form tokens and each agreement's version).  Arguments: the file and the
-- line to start at; each thread takes every n-th line from there.
local lines, index, step = {}, 1, 1
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    lines[#lines + 1] = line
  end
  step = tonumber(args[3])
  index = tonumber(args[2]) + id + 1
end

function request()
  local line = lines[index]
  index = index + step
  if line == nil then
    return wrk.format("GET", "/bench/lines-used-up")
  end
  local path, body = line:match("^([^\t]*)\t(.*)$")
  -- wrk.format takes these headers instead of -H's: keep those too.
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  return wrk.format("POST", path, headers, body)
end
