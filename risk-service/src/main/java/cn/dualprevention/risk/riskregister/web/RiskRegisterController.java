package cn.dualprevention.risk.riskregister.web;

import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.errors.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import cn.dualprevention.risk.riskregister.application.RiskRegisterExchange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.ByteArrayOutputStream;

@RestController
@RequestMapping("/api/v1/risk-register")
@Tag(name = "Risk register 风险清单 (Excel)", description = "Import a risk register; export the three lists")
class RiskRegisterController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Far above any real register (10,000 rows are a few MB) and far below what would strain the heap. */
    static final int MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

    private final RiskRegisterExchange exchange;

    RiskRegisterController(RiskRegisterExchange exchange) {
        this.exchange = exchange;
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PostMapping(path = "/import", consumes = {XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a risk register workbook (.xlsx as the request body)",
            description = "First sheet, one row per measure: 风险分析对象编码, 风险分析单元, 责任部门, 责任人, 经度, 纬度, 风险事件, "
                    + "可能后果, 评价方法 (LEC/LS/MES/DIRECT), 评价因素 (L=3;E=6;C=7), 风险等级 (DIRECT only), 直接判定依据, "
                    + "管控措施, 措施分类1, 措施分类2, 措施分类3, 管控方式, 排查内容, 管控层级. A unit with any bad row is not "
                    + "imported; every problem is reported with row, column and rule. The import is planned in full (a job with "
                    + "fixed ids) and then written unit by unit with idempotent inserts; one interrupted by a failure is "
                    + "completed by a sweep or by posting the same file again. The same file (SHA-256) imports once per "
                    + "enterprise: posting it again answers the first report with replayed = true.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "the workbook, at most 20 MB",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = XLSX))
    RiskRegisterExchange.ImportReport importRegister(@RequestParam String enterpriseId, HttpServletRequest request)
            throws IOException {
        // Read at most one byte past the limit, so that a huge (or endless chunked) upload never fills the heap.
        byte[] workbook = request.getInputStream().readNBytes(MAX_WORKBOOK_BYTES + 1);
        if (workbook.length > MAX_WORKBOOK_BYTES) {
            throw new InvalidValueException("body", "max-size", "a risk register workbook may be at most 20 MB");
        }
        if (workbook.length == 0) {
            throw new InvalidValueException("body", "required", "the request body must be the .xlsx workbook");
        }
        return exchange.importRegister(enterpriseId, workbook);
    }

    @GetMapping(path = "/export", produces = XLSX)
    @Operation(summary = "Export the three lists (风险清单 in the import layout, 管控措施清单, 排查内容清单) as .xlsx")
    ResponseEntity<byte[]> export(@RequestParam String enterpriseId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportLists(enterpriseId, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"risk-register.xlsx\"")
                .contentType(MediaType.parseMediaType(XLSX)).body(out.toByteArray());
    }
}
