// OpenAPI is generated from the routes' zod schemas (the contracts), so docs cannot drift from code.
// Each operation's `security` is derived from the same route config the auth hook enforces.
import swagger, { type SwaggerTransform } from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyContextConfig, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'

export const DOCS_PREFIX = '/api/docs'

const AUTHENTICATION = `
## Đăng nhập (cho ứng dụng khách API)

1. \`POST /api/auth/login\` với \`{"username", "password"}\` (JSON). Trả lời 200 đặt cookie
   \`ldld_session\` (HttpOnly, SameSite=Lax, hết hạn sau 2 giờ không dùng hoặc 12 giờ sau khi đăng nhập)
   và trả về \`csrfToken\` trong nội dung.
2. Gửi lại cookie \`ldld_session\` với mọi yêu cầu.
3. Mọi yêu cầu POST/PUT/PATCH/DELETE (trừ đăng nhập) phải kèm header \`X-CSRF-Token: <csrfToken>\`;
   thiếu hoặc sai → 403 \`csrf_failed\`. Có header \`Origin\` khác máy chủ (hoặc
   \`Sec-Fetch-Site: cross-site\`) → 403 \`cross_origin\`.
4. \`GET /api/auth/me\` trả lại người dùng và \`csrfToken\` của phiên hiện tại; \`POST /api/auth/logout\` đăng xuất.

Chưa đăng nhập → 401 \`unauthenticated\` (trừ /api/health, /api/auth/*, /api/docs; các trang đọc số liệu
mở cho mọi người khi quản trị bật \`publicRead\`). Sai mật khẩu 5 lần trong 15 phút (20 lần từ một địa chỉ)
→ 429 \`too_many_attempts\` kèm \`Retry-After\`.

Ví dụ với curl:

\`\`\`
curl -c jar -H 'content-type: application/json' -d '{"username":"d007","password":"…"}' http://localhost:3000/api/auth/login
curl -b jar -X PUT -H 'content-type: application/json' -H 'x-csrf-token: <csrfToken>' \\
  -d '{"version":0,"values":[{"indicator":"new_members","actual":2400}]}' \\
  http://localhost:3000/api/organisations/007/years/2025/values
\`\`\`
`

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * The UI page under any of its names. With a query string Swagger UI breaks: its initializer
 * appends `/./json` to the whole address (query included) and loads the page again instead of the
 * spec, and `static/index.html?…` redirected to itself forever. The UI takes no query, so drop it.
 */
const UI_PAGES = new Set([DOCS_PREFIX, `${DOCS_PREFIX}/`, `${DOCS_PREFIX}/static/index.html`])

function dropQueryOnUiPage(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  const query = request.url.indexOf('?')
  if (query !== -1 && UI_PAGES.has(request.url.slice(0, query))) {
    // Answered here: the route's handler does not run.
    void reply.redirect(DOCS_PREFIX)
    return
  }
  done()
}

const transform: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input)
  const config: FastifyContextConfig | undefined = input.route.config
  const unsafe = [input.route.method].flat().some((m) => !SAFE_METHODS.has(m))
  const security: Array<Record<string, string[]>> =
    config?.access === 'public'
      ? []
      : unsafe
        ? [{ sessionCookie: [], csrfToken: [] }]
        : config?.access === 'read'
          ? [{}, { sessionCookie: [] }]
          : [{ sessionCookie: [] }]
  return { ...out, schema: { ...out.schema, security } }
}

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'API chỉ tiêu LĐLĐ quận/huyện Hà Nội',
          description:
            'Số liệu chỉ tiêu hằng năm của 30 Liên đoàn Lao động quận, huyện, thị xã Hà Nội: ' +
            'bảng tổng hợp, xếp hạng và chuỗi số liệu theo đơn vị; nhập số liệu, giao chỉ tiêu, duyệt báo cáo. ' +
            'Số liệu minh họa được đánh dấu `illustrative`.\n' +
            AUTHENTICATION,
          version: '1.0.0',
        },
        components: {
          securitySchemes: {
            sessionCookie: {
              type: 'apiKey',
              in: 'cookie',
              name: 'ldld_session',
              description: 'Cookie phiên do POST /api/auth/login đặt.',
            },
            csrfToken: {
              type: 'apiKey',
              in: 'header',
              name: 'X-CSRF-Token',
              description:
                'Giá trị `csrfToken` trả về từ đăng nhập hoặc GET /api/auth/me; bắt buộc cho mọi yêu cầu ghi.',
            },
          },
        },
        tags: [
          { name: 'Hệ thống', description: 'Tình trạng máy chủ' },
          { name: 'Đăng nhập', description: 'Phiên đăng nhập, mã chống giả mạo' },
          { name: 'Danh mục', description: 'Đơn vị, chỉ tiêu, năm có số liệu' },
          { name: 'Báo cáo', description: 'Bảng tổng hợp, xếp hạng, chuỗi số liệu' },
          {
            name: 'Nhập liệu',
            description: 'Báo cáo năm của từng đơn vị: số liệu, gửi, duyệt, trả lại, lịch sử',
          },
          { name: 'Giao chỉ tiêu', description: 'Bảng giao chỉ tiêu của thành phố cho các đơn vị' },
          { name: 'Quản trị', description: 'Người dùng, cài đặt, thêm chỉ tiêu và đơn vị' },
        ],
      },
      transform,
    })
    await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, uiHooks: { onRequest: dropQueryOnUiPage } })
  },
  { name: 'swagger' },
)
