package cn.dualprevention.deploy.demo;

import cn.dualprevention.deploy.demo.RiskGrade.Level;
import cn.dualprevention.deploy.demo.Templates.Event;
import cn.dualprevention.deploy.demo.Templates.Measure;

import java.util.List;

import static cn.dualprevention.deploy.demo.Role.CONTROL_OPERATOR;
import static cn.dualprevention.deploy.demo.Role.ELECTRICAL_ENGINEER;
import static cn.dualprevention.deploy.demo.Role.EQUIPMENT_ENGINEER;
import static cn.dualprevention.deploy.demo.Role.FIELD_OPERATOR;
import static cn.dualprevention.deploy.demo.Role.FIRE_OFFICER;
import static cn.dualprevention.deploy.demo.Role.INSTRUMENT_ENGINEER;
import static cn.dualprevention.deploy.demo.Role.PROCESS_TECHNICIAN;
import static cn.dualprevention.deploy.demo.Role.SAFETY_OFFICER;
import static cn.dualprevention.deploy.demo.Role.SHIFT_LEADER;
import static cn.dualprevention.deploy.demo.Templates.inspect;
import static cn.dualprevention.deploy.demo.Templates.monitor;

/**
 * 典型风险事件 — the risk events that recur across hazardous-chemical plants, with the measures a safety engineer
 * puts against them (classify codes of regulator-records.md, record 3), parametrised by equipment and substance.
 */
final class Archetypes {

    private Archetypes() {
    }

    /** 易燃介质泄漏引发火灾爆炸: gas detection, static seals, emergency shut-off, PPE. */
    static Event flammableLeak(String eq, String substance, Level level) {
        return new Event(eq + substance + "泄漏引发火灾爆炸", "人员伤亡、火灾爆炸、周边装置受损", level, List.of(
                inspect("1-4", "可燃气体检测", "设置可燃气体检测报警器，信号接入GDS并在控制室声光报警",
                        "检查" + eq + "可燃气体检测报警器在线、无故障、无屏蔽，检定在有效期内", CONTROL_OPERATOR, 4, "HOUR"),
                inspect("2-2", "静密封点", eq + "法兰、阀门、接管等静密封点建立LDAR台账，定期检测",
                        "检查" + eq + "法兰、阀门、接管有无泄漏、结霜、腐蚀，紧固件是否齐全", FIELD_OPERATOR, 2, "HOUR"),
                inspect("4-1", "紧急切断", eq + "进出口设置紧急切断阀，可在控制室远程关闭",
                        "检查紧急切断阀阀位正确、气源压力正常，远程关闭试验记录在有效期内", PROCESS_TECHNICIAN, 1, "WEEK"),
                inspect("4-2", "防静电", "进入" + eq + "人员穿戴防静电工作服，携带便携式可燃气体检测仪",
                        "检查当班人员防静电服穿戴、便携式检测仪电量与标定，人体静电释放器完好", SHIFT_LEADER, 1, "DAY")));
    }

    /** 有毒介质泄漏导致人员中毒: toxic gas detection, breathing apparatus, eye wash, absorption. */
    static Event toxicLeak(String eq, String substance, Level level) {
        return new Event(eq + substance + "泄漏导致人员中毒", "人员中毒、窒息，厂外人员疏散", level, List.of(
                inspect("1-4", "有毒气体检测", eq + "设置" + substance + "有毒气体检测报警仪，报警值按GB/T 50493设定",
                        "检查" + substance + "检测报警仪运行正常，每周通标准气测试报警动作", INSTRUMENT_ENGINEER, 1, "WEEK"),
                inspect("4-2", "呼吸防护", "现场配备正压式空气呼吸器、过滤式防毒面具",
                        "检查空气呼吸器气瓶压力不低于25MPa、面罩与报警哨完好，防毒面具滤罐在有效期内", SHIFT_LEADER, 1, "WEEK"),
                inspect("4-1", "洗眼喷淋", eq + "附近设置洗眼器和紧急喷淋装置",
                        "检查洗眼器、喷淋装置出水正常、无遮挡，冬季防冻措施有效", FIELD_OPERATOR, 1, "DAY"),
                inspect("3-3", "交接班", "执行交接班制度，交接" + eq + "运行参数、报警与异常",
                        "检查交接班记录填写完整，报警及异常情况已交接并签字", SHIFT_LEADER, 1, "DAY")));
    }

    /** 超压: pressure alarm in the DCS, safety valve, SIS interlock, operating records. */
    static Event overpressure(String eq, Level level) {
        return new Event(eq + "超压导致设备破裂", "容器破裂、介质泄漏，继发火灾爆炸或中毒", level, List.of(
                monitor("1-1", "压力报警", eq + "压力远传至DCS，设置高压报警",
                        "确认DCS压力高报警设定值与工艺卡片一致"),
                inspect("1-3", "安全阀", eq + "设置安全阀，按期校验",
                        "检查安全阀铅封完好、根部阀全开，校验在有效期内", EQUIPMENT_ENGINEER, 1, "MONTH"),
                inspect("1-4", "SIS联锁", eq + "设置压力高高联锁（SIS），联锁投用率100%",
                        "检查SIS联锁投用，无未经审批的旁路或摘除，联锁台账与现场一致", INSTRUMENT_ENGINEER, 1, "WEEK"),
                inspect("3-2", "运行记录", "按工艺卡片控制" + eq + "压力、温度，每2小时记录",
                        "检查" + eq + "压力、温度运行记录完整，参数在工艺卡片范围内", SHIFT_LEADER, 1, "DAY")));
    }

    /** 液位超高冒罐: two independent level gauges, high-high level interlock. */
    static Event overfill(String eq, String substance, Level level) {
        return new Event(eq + substance + "液位超高冒罐", substance + "外溢、蒸气云扩散，遇点火源爆炸", level, List.of(
                monitor("1-1", "液位报警", eq + "液位远传至DCS，设置高液位报警", "确认高液位报警设定值不高于安全液位"),
                inspect("1-2", "液位计", eq + "设置两套不同原理的液位计",
                        "检查两套液位计读数偏差在允许范围内，显示与现场一致", CONTROL_OPERATOR, 4, "HOUR"),
                inspect("1-4", "液位联锁", eq + "设置液位高高联锁关闭进料切断阀",
                        "检查液位高高联锁投用，联锁测试记录在有效期内", INSTRUMENT_ENGINEER, 1, "MONTH")));
    }

    /** 火灾事故扩大: fixed fire water, emergency plan, qualified staff. */
    static Event fireEscalation(String eq, Level level) {
        return new Event(eq + "火灾事故扩大", "相邻设备受热失效，事故蔓延", level, List.of(
                inspect("4-3", "消防水", eq + "设置固定消防水炮和喷淋冷却系统，消防水管网稳高压",
                        "检查消防水炮、喷淋阀门状态正常，管网压力不低于0.7MPa", FIRE_OFFICER, 1, "WEEK"),
                inspect("4-4", "现场处置方案", "编制" + eq + "火灾现场处置方案，每半年演练一次",
                        "检查现场处置方案张贴、应急物资齐全，演练记录在有效期内", SAFETY_OFFICER, 1, "MONTH"),
                inspect("3-1", "持证上岗", eq + "操作人员经培训考核持证上岗",
                        "检查当班操作人员危险化学品作业证在有效期内", SAFETY_OFFICER, 1, "MONTH")));
    }

    /** 动设备故障: vibration and bearing temperature, lubrication, standby. */
    static Event machineFailure(String eq, String substance, Level level) {
        return new Event(eq + "机械密封失效" + substance + "泄漏", "介质泄漏，设备损坏，停车", level, List.of(
                inspect("2-1", "特护巡检", eq + "执行设备特护，监测振动、轴承温度",
                        "检查" + eq + "振动、轴承温度、密封泄漏及异响情况", FIELD_OPERATOR, 4, "HOUR"),
                inspect("2-1", "润滑", eq + "执行润滑“五定”管理",
                        "检查润滑油位、油质，润滑记录与五定表一致", EQUIPMENT_ENGINEER, 1, "WEEK"),
                inspect("3-3", "交接班", "交接班时交接" + eq + "运行与备用状态",
                        "检查交接班记录中设备运行、备用、检修状态填写完整", SHIFT_LEADER, 1, "DAY")));
    }

    /** 装卸车作业: static grounding, loading permit, breakaway coupling, emergency shut-off. */
    static Event loading(String eq, String substance, Level level) {
        return new Event(eq + substance + "装卸过程泄漏及静电引燃", "槽车泄漏、火灾爆炸", level, List.of(
                inspect("1-3", "静电接地", "装卸鹤管设置静电接地报警仪，接地不良时不能启泵",
                        "检查静电接地报警仪工作正常，接地夹完好", FIELD_OPERATOR, 1, "DAY"),
                inspect("1-2", "拉断阀", "装卸臂设置紧急拉断阀",
                        "检查拉断阀外观、铅封完好，检测记录在有效期内", EQUIPMENT_ENGINEER, 1, "MONTH"),
                inspect("3-2", "装卸作业票", "装卸作业执行作业票制度，全程专人监护",
                        "检查当日装卸作业票、槽车资质核查及监护记录完整", SHIFT_LEADER, 1, "DAY")));
    }

    /** 电气火灾和触电: preventive tests, qualified electricians, gas extinguishing. */
    static Event electrical(String eq, Level level) {
        return new Event(eq + "电气火灾及人员触电", "停电导致装置非计划停车，人员触电", level, List.of(
                inspect("2-3", "预防性试验", eq + "高低压设备按期进行预防性试验",
                        "检查预防性试验报告在有效期内，柜体温度、异响、指示正常", ELECTRICAL_ENGINEER, 1, "MONTH"),
                inspect("3-1", "电工持证", "电气操作人员持特种作业操作证，执行两票制度",
                        "检查电工证件有效期及操作票、工作票执行记录", ELECTRICAL_ENGINEER, 1, "MONTH"),
                inspect("4-3", "灭火器", eq + "配置气体灭火系统和手提式灭火器",
                        "检查灭火器压力在绿区、铭牌与检验标签有效，气体灭火系统处于自动状态", FIRE_OFFICER, 1, "MONTH")));
    }

    /** 受限空间 / 检修作业 (a low-level operational risk). */
    static Event maintenanceWork(String eq, Level level) {
        return new Event(eq + "检修作业中毒窒息", "作业人员中毒窒息", level, List.of(
                inspect("3-4", "特殊作业", eq + "检修执行受限空间、动火等特殊作业票，作业前气体分析",
                        "检查特殊作业票审批、气体分析记录、监护人在场", SAFETY_OFFICER, 1, "WEEK")));
    }

    static List<Measure> none() {
        return List.of();
    }
}
